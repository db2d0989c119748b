require_relative "db"

# Invoice numbers must be gapless and unique per year (tax law): 2026-0001, 2026-0002, ...
module Numbering
  def self.next_for(year)
    current = DB.max_invoice_number(year)
    seq = current + 1
    DB.reserve_number(year, seq)
    format("%d-%04d", year, seq)
  end
end

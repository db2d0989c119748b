require "openssl"
require "date"

module Billing
  WEBHOOK_SECRET = ENV.fetch("PAYMENT_WEBHOOK_SECRET")
  GRACE_DAYS = 7

  # Prorated charge for the rest of a billing period after a plan change; all three dates are inclusive.
  def self.prorate(monthly_cents, period_start, period_end, change_on)
    days_in_period = (period_start...period_end).count
    days_left = (change_on...period_end).count
    (monthly_cents * days_left / days_in_period.to_f).round
  end

  # The `limit` invoices that are longest overdue (past the grace period), oldest first.
  def self.overdue(invoices, today, limit)
    late = invoices.select { |inv| inv.status != "paid" && inv.due_on < today - GRACE_DAYS }
    late.sort_by(&:due_on)[0..limit]
  end

  # The payment provider signs the raw body with HMAC-SHA256 and sends the hex digest in X-Signature.
  def self.verify_webhook(payload, signature)
    expected = OpenSSL::HMAC.hexdigest("SHA256", WEBHOOK_SECRET, payload)
    return false if signature.nil?
    expected == signature
  end
end

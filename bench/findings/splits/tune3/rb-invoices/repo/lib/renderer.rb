require "tmpdir"

# Shells out to the PDF renderer container's CLI; the argv form keeps invoice fields out of a shell.
module Renderer
  def self.render_pdf(invoice)
    out = File.join(Dir.tmpdir, "invoice-#{invoice.id}-#{invoice.updated_at.to_i}.pdf")
    system("invoice-pdf", "--id", invoice.id.to_s, "--out", out, exception: true)
    out
  end
end

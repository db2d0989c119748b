require_relative "renderer"

# Rendering an invoice PDF takes two to five seconds; keep one file per invoice version.
module PdfCache
  CACHE = {}

  def self.fetch(invoice)
    key = "#{invoice.id}-#{invoice.updated_at.to_i}"
    path = CACHE[key]
    unless path && File.exist?(path)
      path = Renderer.render_pdf(invoice)
      CACHE[key] = path
    end
    path
  end
end

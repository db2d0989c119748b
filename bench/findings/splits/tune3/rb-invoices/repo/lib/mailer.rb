require "net/smtp"

module Mailer
  def self.deliver(to:, subject:, body:)
    message = "From: billing@example.com\r\nTo: #{to}\r\nSubject: #{subject}\r\n\r\n#{body}\r\n"
    Net::SMTP.start(ENV.fetch("SMTP_HOST", "localhost"), 25) do |smtp|
      smtp.send_message(message, "billing@example.com", to)
    end
  end
end

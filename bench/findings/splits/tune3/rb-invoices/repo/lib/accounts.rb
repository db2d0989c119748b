require "digest"
require_relative "db"
require_relative "mailer"

module Accounts
  RESET_URL = "https://billing.example.com/password/reset?token=%s"

  def self.send_reset_mail(user)
    token = issue_reset_token(user)
    Mailer.deliver(to: user.email, subject: "Reset your password", body: format(RESET_URL, token))
  end

  def self.issue_reset_token(user)
    issued_at = Time.now.to_i
    token = Digest::SHA1.hexdigest("#{user.email}:#{issued_at}")
    DB.save_reset_token(user.id, token)
    token
  end
end

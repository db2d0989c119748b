require "sinatra/base"
require "sinatra/json"
require "open-uri"
require "yaml"
require_relative "lib/db"
require_relative "lib/billing"
require_relative "lib/numbering"
require_relative "lib/pdf_cache"
require_relative "lib/accounts"

LOGO_DIR = ENV.fetch("LOGO_DIR", "/srv/invoices/logos")

class InvoiceApp < Sinatra::Base
  enable :sessions
  set :session_secret, ENV.fetch("SESSION_SECRET", "dev-secret-9f2c1e7a4b5d6c8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7")

  helpers do
    def current_user
      @current_user ||= DB.find_user(session[:user_id])
    end
  end

  get "/invoices" do
    status = params[:status]
    rows = DB.conn.exec("SELECT id, number, total_cents, status, due_on FROM invoices " \
                        "WHERE customer_id = #{current_user.id} AND status = '#{status}'")
    json rows.to_a
  end

  get "/invoices/overdue" do
    invoices = DB.invoices_for(current_user.id)
    json Billing.overdue(invoices, Date.today, (params[:limit] || 10).to_i).map(&:to_h)
  end

  post "/invoices" do
    number = Numbering.next_for(Date.today.year)
    id = DB.create_invoice(current_user.id, number, params[:lines])
    redirect "/invoices/#{id}"
  end

  get "/invoices/:id/pdf" do
    invoice = DB.find_invoice(params[:id])
    halt 404 unless invoice
    send_file PdfCache.fetch(invoice), type: "application/pdf"
  end

  post "/settings/logo" do
    url = params[:logo_url]
    data = open(url).read
    File.binwrite(File.join(LOGO_DIR, "#{current_user.id}.png"), data)
    redirect "/settings"
  end

  post "/password/forgot" do
    user = DB.find_user_by_email(params[:email])
    Accounts.send_reset_mail(user) if user
    "If the address is known, a mail is on its way."
  end

  post "/webhooks/payment" do
    payload = request.body.read
    halt 401 unless Billing.verify_webhook(payload, request.env["HTTP_X_SIGNATURE"])
    event = YAML.unsafe_load(payload)
    DB.mark_paid(event["invoice_id"], event["amount_cents"])
    status 204
  end
end

require "pg"

# Thin data access over one shared PG connection per process (pg's connection is thread-safe for exec).
module DB
  Invoice = Struct.new(:id, :customer_id, :number, :total_cents, :status, :due_on, :updated_at, :email,
                       keyword_init: true)
  User = Struct.new(:id, :email, keyword_init: true)

  def self.conn
    @conn ||= PG.connect(ENV.fetch("DATABASE_URL"))
  end

  def self.find_user(id)
    return nil unless id
    row = conn.exec_params("SELECT id, email FROM users WHERE id = $1", [id]).first
    row && User.new(id: row["id"].to_i, email: row["email"])
  end

  def self.find_user_by_email(email)
    row = conn.exec_params("SELECT id, email FROM users WHERE email = $1", [email]).first
    row && User.new(id: row["id"].to_i, email: row["email"])
  end

  def self.find_invoice(id)
    row = conn.exec_params("SELECT * FROM invoices WHERE id = $1", [id]).first
    row && invoice(row)
  end

  def self.invoices_for(customer_id)
    conn.exec_params("SELECT * FROM invoices WHERE customer_id = $1", [customer_id]).map { |r| invoice(r) }
  end

  def self.max_invoice_number(year)
    conn.exec_params("SELECT max(seq) AS seq FROM invoice_numbers WHERE year = $1", [year]).first["seq"].to_i
  end

  def self.reserve_number(year, seq)
    conn.exec_params("INSERT INTO invoice_numbers (year, seq) VALUES ($1, $2)", [year, seq])
  end

  def self.create_invoice(customer_id, number, lines)
    conn.exec_params("INSERT INTO invoices (customer_id, number, lines) VALUES ($1, $2, $3) RETURNING id",
                     [customer_id, number, lines.to_json]).first["id"]
  end

  def self.mark_paid(invoice_id, amount_cents)
    conn.exec_params("UPDATE invoices SET status = 'paid', paid_cents = $2 WHERE id = $1", [invoice_id, amount_cents])
  end

  def self.save_reset_token(user_id, token)
    conn.exec_params("INSERT INTO reset_tokens (user_id, token) VALUES ($1, $2)", [user_id, token])
  end

  def self.invoice(row)
    Invoice.new(id: row["id"].to_i, customer_id: row["customer_id"].to_i, number: row["number"],
                total_cents: row["total_cents"].to_i, status: row["status"], due_on: Date.parse(row["due_on"]),
                updated_at: Time.parse(row["updated_at"]), email: row["email"])
  end
end

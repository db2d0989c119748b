CREATE TABLE holders (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, token TEXT UNIQUE NOT NULL);
CREATE TABLE policies (
  policy_no TEXT PRIMARY KEY,
  holder_id INTEGER NOT NULL REFERENCES holders(id),
  deductible REAL NOT NULL,
  coverage_limit REAL NOT NULL,
  expires_on TEXT NOT NULL
);
CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  holder_id INTEGER NOT NULL REFERENCES holders(id),
  policy_no TEXT NOT NULL REFERENCES policies(policy_no),
  status TEXT NOT NULL,
  amount REAL NOT NULL,
  incident_date TEXT NOT NULL,
  description TEXT,
  adjuster_notes TEXT,
  fraud_score REAL,
  paid_amount REAL,
  approved_by TEXT,
  filed_at REAL NOT NULL
);
CREATE TABLE claim_items (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL, value REAL NOT NULL, purchase_year INTEGER NOT NULL);

"""Timesheet and payroll API (Flask + SQLite)."""

import os
import sqlite3
import subprocess
import threading
from datetime import date
from pathlib import Path

from flask import Flask, abort, g, jsonify, request, send_file

from . import auth, calc, export

app = Flask(__name__)
PAYSLIP_DIR = "/srv/payroll/payslips"
_conn = sqlite3.connect("payroll.db", check_same_thread=False)
_run_lock = threading.Lock()
_ytd_cache: dict[int, float] = {}
EXPORT_SQL = "SELECT e.name, e.iban, p.amount FROM payslips p JOIN employees e ON e.id = p.employee_id WHERE p.period = ?"


@app.post("/login")
def login():
    body = request.get_json()
    row = _conn.execute("SELECT id, pin_hash, role FROM employees WHERE badge = ?", (body["badge"],)).fetchone()
    if row is None or row[1] != auth.hash_pin(body["pin"]):
        return jsonify(error="unknown badge or wrong PIN"), 401
    return jsonify(token=auth.issue_token(row[0], row[2]))


@app.post("/timesheets")
def submit_timesheet():
    auth.current_employee()
    body = request.get_json()
    emp = body.get("employee_id", g.emp_id)
    rows = [(emp, e["day"], e["hours"], e.get("note", "")) for e in body["entries"]]
    _conn.executemany("INSERT INTO entries (employee_id, day, hours, note) VALUES (?, ?, ?, ?)", rows)
    _conn.commit()
    return jsonify(saved=len(rows)), 201


@app.get("/timesheets")
def list_timesheets():
    auth.current_employee()
    week = request.args.get("week", "")
    order = request.args.get("order", "day")
    sql = f"SELECT day, hours, note, approved FROM entries WHERE employee_id = {g.emp_id} AND strftime('%W', day) = '{week}' ORDER BY {order}"
    return jsonify(rows=_conn.execute(sql).fetchall())


@app.get("/timesheets/week")
def week_total():
    emp_id = auth.current_employee()
    day = date.fromisoformat(request.args["day"])
    entries = [{"day": date.fromisoformat(d), "hours": h} for d, h in _conn.execute("SELECT day, hours FROM entries WHERE employee_id = ?", (emp_id,))]
    return jsonify(hours=calc.hours_in_week(entries, day))


@app.post("/timesheets/<int:emp_id>/approve")
def approve(emp_id):
    auth.require_manager()
    week = request.get_json()["week"]
    _conn.execute("UPDATE entries SET approved = 1 WHERE employee_id = ? AND strftime('%W', day) = ?", (emp_id, week))
    _conn.commit()
    return jsonify(approved=True)


@app.post("/payroll/run")
def run_payroll():
    auth.require_manager()
    period = request.get_json()["period"]
    done = _conn.execute("SELECT 1 FROM payruns WHERE period = ?", (period,)).fetchone()
    if done:
        return jsonify(error="period already paid"), 409
    _conn.execute("INSERT INTO payruns (period) VALUES (?)", (period,))
    with _run_lock:
        staff = _conn.execute("SELECT id, rate FROM employees WHERE active = 1").fetchall()
        for emp_id, rate in staff:
            worked = _conn.execute("SELECT hours FROM entries WHERE employee_id = ?", (emp_id,)).fetchall()
            hours = sum(h for (h,) in worked)
            gross = calc.gross_pay(hours, rate)
            _conn.execute("INSERT INTO payslips (employee_id, period, amount) VALUES (?, ?, ?)", (emp_id, period, calc.net_pay(gross)))
            _ytd_cache[emp_id] = _ytd_cache.get(emp_id, 0.0) + gross
        _conn.commit()
    return jsonify(paid=len(staff))


@app.get("/employees/<int:emp_id>/ytd")
def year_to_date(emp_id):
    auth.current_employee()
    if emp_id not in _ytd_cache:
        slips = _conn.execute("SELECT amount FROM payslips WHERE employee_id = ?", (emp_id,)).fetchall()
        _ytd_cache[emp_id] = sum(a for (a,) in slips)
    return jsonify(employee=emp_id, ytd=_ytd_cache[emp_id])


@app.get("/payslips")
def payslip():
    auth.current_employee()
    name = request.args["file"]
    return send_file(os.path.join(PAYSLIP_DIR, name))


@app.post("/payroll/export")
def export_run():
    auth.require_manager()
    period = request.get_json()["period"]
    path = Path(f"/tmp/bank-{period}.csv")
    path.write_text(export.bank_file(_conn.execute(EXPORT_SQL, (period,)).fetchall()))
    subprocess.run(f"gpg --batch --yes --sign {path} && bank-upload {path}", shell=True, check=True)
    return jsonify(file=str(path))

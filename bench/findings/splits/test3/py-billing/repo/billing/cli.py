"""billctl command line: run the monthly billing, export invoices, serve payment webhooks."""

import argparse
import logging
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor

import yaml

from billing import db, invoices, payments, webhook

log = logging.getLogger("billctl")


def load_config(path):
    with open(path) as f:
        return yaml.load(f, Loader=yaml.Loader)


def cmd_run(args, config):
    period = invoices.Period.for_month(args.year, args.month)
    customers = db.active_customers(args.plan)
    with ThreadPoolExecutor(max_workers=config.get("workers", 8)) as pool:
        for customer in customers:
            pool.submit(payments.charge_customer, customer, period)
    log.info("charged %d customers, %d cents", payments.stats["charged"], payments.stats["total_cents"])


def cmd_export(args, config):
    customer = db.customer(args.customer_id)
    out = os.path.join(config["export_dir"], f"{customer['name']}-{args.year}-{args.month:02d}.csv")
    invoices.write_csv(db.invoices_for(customer["id"], args.status), out)
    if args.pdf:
        subprocess.run(f"wkhtmltopdf {out} {out[:-4]}.pdf", shell=True)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="billctl")
    ap.add_argument("--config", default="/etc/billctl.yaml")
    sub = ap.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run")
    run.add_argument("--year", type=int, required=True)
    run.add_argument("--month", type=int, required=True)
    run.add_argument("--plan", default="standard")
    exp = sub.add_parser("export")
    exp.add_argument("customer_id", type=int)
    exp.add_argument("--year", type=int, required=True)
    exp.add_argument("--month", type=int, required=True)
    exp.add_argument("--status")
    exp.add_argument("--pdf", action="store_true")
    sub.add_parser("serve-webhooks")
    args = ap.parse_args(argv)
    config = load_config(args.config)
    if args.cmd == "run":
        cmd_run(args, config)
    elif args.cmd == "export":
        cmd_export(args, config)
    else:
        webhook.serve(config)

"""Guardian text messages and stop arrival estimates for the transport office."""

import logging
import math
import subprocess

log = logging.getLogger("busroster.notify")

SMS_TOOL = "/usr/local/bin/sendsms"
AVG_SPEED_KMH = 28
EARTH_RADIUS_KM = 6371.0


def text_guardian(phone, message):
    log.info("texting guardian %s: %s", phone, message)
    subprocess.run(f"{SMS_TOOL} --to {phone} --body '{message}'", shell=True, check=False)


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def eta_minutes(db, stop_id):
    bus = db.execute(
        "SELECT b.lat, b.lon FROM buses b JOIN stops s ON s.route_id = b.route_id WHERE s.id = ?",
        (stop_id,),
    ).fetchone()
    stop = db.execute("SELECT lat, lon FROM stops WHERE id = ?", (stop_id,)).fetchone()
    km = haversine_km(bus["lat"], bus["lon"], stop["lat"], stop["lon"])
    return math.ceil(km / AVG_SPEED_KMH * 60)

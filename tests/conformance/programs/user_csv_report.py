import csv, io, datetime, calendar
from collections import defaultdict
from decimal import Decimal
RAW = """date,region,product,units,price
2024-01-03,North,Widget,10,2.50
2024-01-15,South,Gadget,3,10.00
2024-02-01,North,Gadget,1,10.00
2024-02-11,East,Widget,25,2.25
2024-02-28,South,Widget,7,2.50
2024-03-09,North,Doohickey,2,99.99
"""
rows = list(csv.DictReader(io.StringIO(RAW)))
print(rows[0])
by_month = defaultdict(Decimal)
by_region = defaultdict(lambda: [0, Decimal(0)])
for r in rows:
    d = datetime.date.fromisoformat(r["date"])
    amount = int(r["units"]) * Decimal(r["price"])
    by_month[d.strftime("%Y-%m (%b)")] += amount
    by_region[r["region"]][0] += int(r["units"])
    by_region[r["region"]][1] += amount
for m, amt in sorted(by_month.items()):
    print(f"{m:<16}{amt:>10.2f}")
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "units", "revenue", "note"])
for reg, (u, amt) in sorted(by_region.items(), key=lambda kv: -kv[1][1]):
    w.writerow([reg, u, f"{amt:.2f}", 'has "quotes", commas' if reg == "North" else ""])
print(out.getvalue(), end="")
d = datetime.date(2024, 2, 28)
print(d + datetime.timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar(), d.replace(day=1).strftime("%A %d %B %Y"))
dt = datetime.datetime(2024, 3, 10, 14, 30, 5)
print(dt, dt.isoformat(), dt - datetime.datetime(2024, 1, 1), (dt - datetime.datetime(2024, 1, 1)).total_seconds(), dt.strftime("%H:%M:%S %j %p"))
print(datetime.timedelta(hours=25, minutes=61), datetime.timedelta(seconds=-1), repr(datetime.timedelta(days=1, microseconds=5)))
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.day_abbr[0])
print(datetime.datetime.strptime("2023-12-25 08:00", "%Y-%m-%d %H:%M"), repr(datetime.date(2020, 1, 1)))
print(calendar.month(2024, 2))

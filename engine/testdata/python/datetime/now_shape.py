from datetime import datetime, date
n = datetime.now()
u = datetime.utcnow()
print(type(n).__name__, n.year >= 2024, isinstance(date.today(), date))
print(abs((n - datetime.now()).total_seconds()) < 5)
print(len(n.isoformat()) >= 19)

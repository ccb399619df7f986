"""claimdb - read a claimtrack database and recompute a summary from SQL.

The notebooks use this module to check a published summary.json against
the database it came from. summarize() reads the view current_claims and
rebuilds, with the rules of docs/summary-json.md (and
analysis/aggregate.h), the parts of the summary a reader relies on:
totals, rows with their period and overall ranges, latest estimate and
change, measures with lowest / highest / ratio / spread / median and
compatibility, and the combined ranges. The result has the shape of
summary.json, so differences() can compare the two key by key.

Rules, in short:
  effective date  claim_date, else the article's published date, else
                  undated; claims published or dated after asof are ignored
  row             (source, quantity, modality, scope = claims.place)
  event           claims of one row repeating one figure (qualifier, value,
                  stored low/high) within ECHO_WINDOW_DAYS of its first date
  latest          newest event; same day: more outlets, more articles,
                  newest claim id
  unattributed    listed, never a source in the measures
  measure         the tracker's grouping of quantities (summary.json's
                  measure_of; a quantity it does not list is its own);
                  a source's position is its latest figure over the
                  measure's quantities, per (source, modality, scope)
  counted         attributed, current and not stale (older than
                  stale_after_days): only counted estimates (exact,
                  approx, range) give lowest / highest / ratio / median
Absent numbers are None in the returned dicts, as in the JSON. Every
function returns fresh objects that the caller owns.
"""
import datetime
import math
import re
import sqlite3

import pandas as pd

ECHO_WINDOW_DAYS = 3
STALE_AFTER_DAYS = 90
ESTIMATES = ("exact", "approx", "range")
QUALIFIERS = ("exact", "approx", "at_least", "more_than", "at_most",
	      "up_to", "less_than", "range", "vague")
PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "all": None}
MODALITIES = ("current", "projected")

CLAIMS_SQL = """
SELECT id, article_id, doc, outlet, url, title, published, claim_date,
       value, low, high, qualifier, quantity, source, claimant, place,
       modality, sentence
FROM current_claims
WHERE published IS NULL OR substr(published, 1, 10) <= :asof
ORDER BY id
"""

DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:$|[Tt ])")


def same_number(a, b, rel=1e-9):
	"""Whether two figures agree: both None, or within rel of each other
	(floats are never compared exactly: the database's sums and products
	and summary.json's printed digits differ in the last bit)."""
	if a is None or b is None:
		return a is None and b is None
	return math.isclose(a, b, rel_tol=rel, abs_tol=rel)


def day_of(text):
	"""Day number of a "YYYY-MM-DD..." text; None when it does not parse."""
	if not isinstance(text, str):
		return None
	m = DATE_RE.match(text)
	if m is None:
		return None
	try:
		return datetime.date(*map(int, m.groups())).toordinal()
	except ValueError:
		return None


def day_text(day):
	""""YYYY-MM-DD" of a day number; None for None."""
	return None if day is None else datetime.date.fromordinal(day).isoformat()


def period_start(period, asof_day):
	"""First day of the window ending at asof_day; None for "all"."""
	if period not in PERIOD_DAYS:
		raise ValueError(f"period '{period}' is not day, week, month or all")
	n = PERIOD_DAYS[period]
	return None if n is None else asof_day - (n - 1)


def measures_of(summary):
	"""
	The quantity -> (measure, label, projection_of) table a summary.json
	was built with (its measure_of, with each measure's label).
	"""
	info = {m["family"]: (m.get("label"), m.get("projection_of"))
		for m in summary.get("measures", [])}
	return {q: (m,) + info.get(m, (None, None))
		for q, m in summary.get("measure_of", {}).items()}


def family_of(quantity, measures=None):
	"""The measure of quantity in the table, else the quantity itself."""
	if measures and quantity in measures:
		return measures[quantity][0]
	return quantity


def _text(v):
	"""A text column as the aggregation sees it: "" and NULL are None."""
	return v if isinstance(v, str) and v != "" else None


def _num(v):
	"""A REAL column: NULL (NaN in pandas) is None."""
	if v is None or (isinstance(v, float) and math.isnan(v)):
		return None
	return float(v)


def read_claims(db, asof):
	"""
	current_claims up to asof ("YYYY-MM-DD") as a DataFrame, one row a
	claim, with the effective date added: day (day number or None),
	effective_date (text or None) and date_from ("claim_date",
	"published" or "none"). db is a path or an open sqlite3 connection.
	"""
	own = not isinstance(db, sqlite3.Connection)
	con = sqlite3.connect(f"file:{db}?mode=ro", uri=True) if own else db
	try:
		df = pd.read_sql_query(CLAIMS_SQL, con, params={"asof": asof})
	finally:
		if own:
			con.close()
	asof_day = day_of(asof)
	days, froms = [], []
	for cd, pub in zip(df["claim_date"], df["published"]):
		d, f = day_of(cd), "claim_date"
		if d is None:
			d, f = day_of(pub), "published"
		if d is None:
			f = "none"
		days.append(d)
		froms.append(f)
	df["day"] = pd.Series(days, index=df.index, dtype=object)
	df["date_from"] = froms
	df["effective_date"] = [day_text(d) for d in days]
	keep = [d is None or d <= asof_day for d in days]
	keep = [k and q in QUALIFIERS and _text(qt) is not None and
		_text(s) is not None for k, q, qt, s in
		zip(keep, df["qualifier"], df["quantity"], df["source"])]
	return df[pd.Series(keep, index=df.index, dtype=bool)].reset_index(
		drop=True)


def _claims_of(df):
	"""The claims as plain dicts with the labels normalized."""
	out = []
	for r in df.itertuples(index=False):
		out.append({
			"id": int(r.id), "article": int(r.article_id),
			"outlet_key": _text(r.outlet) or ("\x1f" + (r.doc or "")),
			"outlet": _text(r.outlet),
			"qualifier": r.qualifier, "value": _num(r.value),
			"low": _num(r.low), "high": _num(r.high),
			"quantity": r.quantity, "source": r.source,
			"scope": _text(r.place),
			"modality": "projected" if r.modality == "projected"
			else "current",
			"day": r.day, "date_from": r.date_from,
		})
	return out


def _numkey(v):
	"""Sort key that puts absent numbers first."""
	return (0, 0.0) if v is None else (1, v)


def _row_key(c):
	"""Rows sort by quantity, source, modality, then scope (None first)."""
	return (c["quantity"], c["source"], MODALITIES.index(c["modality"]),
		(0, "") if c["scope"] is None else (1, c["scope"]))


def _figure(c):
	return (QUALIFIERS.index(c["qualifier"]), _numkey(c["value"]),
		_numkey(c["low"]), _numkey(c["high"]))


def interval_of(qualifier, value, low, high):
	"""The (low, high) a claim allows; None is an open bound."""
	if low is not None or high is not None:
		return low, high
	if qualifier in ("exact", "approx"):
		return value, value
	if qualifier in ("at_least", "more_than"):
		return value, None
	if qualifier in ("at_most", "up_to", "less_than"):
		return None, value
	return None, None


def _event(claims, row):
	"""One event from its claims (same row and figure, in date order)."""
	first = claims[0]
	low, high = interval_of(first["qualifier"], first["value"],
				first["low"], first["high"])
	date_from = first["date_from"]
	if any(c["day"] == first["day"] and c["date_from"] == "claim_date"
	       for c in claims):
		date_from = "claim_date"
	return {
		"row": row, "qualifier": first["qualifier"],
		"value": first["value"], "low": low, "high": high,
		"day": first["day"], "date_from": date_from,
		"claims": claims,
		"articles": len({c["article"] for c in claims}),
		"outlets": len({c["outlet_key"] for c in claims}),
		"last_id": max(c["id"] for c in claims),
	}


def _split_events(claims, row):
	"""A row's claims into events, echoes merged; by day, undated last."""
	claims = sorted(claims, key=lambda c: (
		_figure(c), (0, 0) if c["day"] is None else (1, c["day"]),
		c["id"]))
	groups = []
	for c in claims:
		if groups:
			start = groups[-1][0]
			if _figure(c) == _figure(start) and (
			    c["day"] == start["day"] or (
			    start["day"] is not None and
			    c["day"] - start["day"] <= ECHO_WINDOW_DAYS)):
				groups[-1].append(c)
				continue
		groups.append([c])
	events = [_event(g, row) for g in groups]
	events.sort(key=lambda e: (e["day"] is None, e["day"] or 0,
				   e["last_id"]))
	return events


def _newer_key(e):
	"""Larger is newer for the "latest" rule."""
	return (e["day"], e["outlets"], e["articles"], e["last_id"])


def _pick_best(figs, rule):
	if rule == "median":
		figs = sorted(figs, key=lambda e: (e["value"], _newer_key(e)))
		return figs[(len(figs) - 1) // 2]
	if rule == "conservative":
		return min(figs, key=lambda e: (
			e["value"], tuple(-k for k in _newer_key(e))))
	return max(figs, key=_newer_key)


def range_of(events, rule):
	"""low / best / high (and their event ids) over events, as in JSON."""
	r = {"low": None, "best": None, "high": None, "low_event": None,
	     "best_event": None, "high_event": None, "events": len(events),
	     "articles": sum(e["articles"] for e in events),
	     "outlets": len({c["outlet_key"] for e in events
			     for c in e["claims"]})}
	figs = [e for e in events if e["value"] is not None]
	if not figs:
		return r
	low = min(figs, key=lambda e: e["value"])
	high = max(figs, key=lambda e: e["value"])
	best = _pick_best(figs, rule)
	for name, e in (("low", low), ("best", best), ("high", high)):
		r[name] = e["value"]
		r[name + "_event"] = e["id"]
	return r


def _points(events, rule):
	"""The row's dated events grouped by day: [(day, [events], range)]."""
	days = []
	for e in events:
		if e["day"] is None:
			break
		if days and days[-1][0] == e["day"]:
			days[-1][1].append(e)
		else:
			days.append((e["day"], [e]))
	return [(d, evs, range_of(evs, rule)) for d, evs in days]


def _change(points, start):
	ch = {"kind": "undated", "current": None, "current_date": None,
	      "previous": None, "previous_date": None, "abs": None,
	      "rel": None}
	if not points:
		return ch
	cur = [p for p in points if start is None or p[0] >= start]
	prev = [p for p in points if start is not None and p[0] < start]
	if cur:
		ch["current"], ch["current_date"] = cur[-1][2]["best"], \
			day_text(cur[-1][0])
	if prev:
		ch["previous"], ch["previous_date"] = prev[-1][2]["best"], \
			day_text(prev[-1][0])
	if not cur or not prev:
		ch["kind"] = "silent" if not cur else "new"
		return ch
	a, b = ch["current"], ch["previous"]
	if a is None or b is None:
		ch["kind"] = "unchanged" if a is None and b is None else "revised"
		return ch
	ch["abs"] = a - b
	ch["rel"] = None if b == 0 else (a - b) / b
	ch["kind"] = "revised_up" if a > b else "revised_down" if a < b \
		else "unchanged"
	return ch


def _row(rid, key, events, start, rule, measures=None):
	"""One row of the summary from its events (ids already given)."""
	quantity, source, _, _ = key
	first = events[0]["claims"][0]
	points = _points(events, rule)
	dated = [e for e in events if e["day"] is not None]
	latest = None
	if points:
		latest = points[-1][2]["best_event"]
		if latest is None:
			latest = points[-1][1][-1]["id"]  # newest vague one
	ch = _change(points, start)
	series = [dict(p[2], date=day_text(p[0])) for p in points
		  if start is None or p[0] >= start or
		  day_text(p[0]) == ch["previous_date"]]
	return {
		"id": rid, "source": source, "quantity": quantity,
		"family": family_of(quantity, measures),
		"modality": first["modality"], "scope": first["scope"],
		"attributed": source != "unattributed",
		"latest_event": latest,
		"period": range_of([e for e in dated if start is None or
				    e["day"] >= start], rule),
		"all": range_of(dated, rule),
		"change": ch,
		"series": series,
		"undated_events": [e["id"] for e in events if e["day"] is None],
	}


def _overlap(a, b):
	"""Do intervals a and b (None = open bound) share a number?"""
	lo = a[0] if b[0] is None else b[0] if a[0] is None else max(a[0], b[0])
	hi = a[1] if b[1] is None else b[1] if a[1] is None else min(a[1], b[1])
	return lo is None or hi is None or lo <= hi


def _position(row, ev, start, asof_day, stale_after):
	e = ev[row["latest_event"]]
	stale = asof_day - e["day"] > stale_after
	return {
		"row": row["id"], "source": row["source"],
		"quantity": row["quantity"], "modality": row["modality"],
		"scope": row["scope"], "attributed": row["attributed"],
		"event": e["id"], "qualifier": e["qualifier"],
		"value": e["value"], "low": e["low"], "high": e["high"],
		"date": day_text(e["day"]),
		"in_period": start is None or e["day"] >= start,
		"compatible": True,
		"estimate": e["qualifier"] in ESTIMATES and e["value"] is not None,
		"stale": stale,
		"counted": row["attributed"] and row["modality"] == "current"
		and not stale,
		"claim_ids": [c["id"] for c in e["claims"]],  # by date
		"_event": e,
	}


def _newer_position(a, b):
	"""Does position a stand for its source rather than b?"""
	ea, eb = a["_event"], b["_event"]
	ka = (ea["day"], ea["value"] is not None, ea["outlets"],
	      ea["articles"], ea["last_id"])
	kb = (eb["day"], eb["value"] is not None, eb["outlets"],
	      eb["articles"], eb["last_id"])
	return ka > kb


def _positions(rows, ev, start, asof_day, stale_after):
	"""One position per (source, modality, scope): its latest figure."""
	out = {}
	for r in rows:
		p = _position(r, ev, start, asof_day, stale_after)
		k = (r["source"], MODALITIES.index(r["modality"]),
		     (0, "") if r["scope"] is None else (1, r["scope"]))
		if k not in out or _newer_position(p, out[k]):
			out[k] = p
	return [out[k] for k in sorted(out)]


def _measure(family, positions, info=(None, None)):
	"""Discrepancy between the positions of one measure."""
	att = [i for i, p in enumerate(positions) if p["counted"]]
	figs = [i for i in att if positions[i]["estimate"]]
	bounds = [i for i in att if not positions[i]["estimate"]]
	m = {"family": family, "label": info[0], "projection_of": info[1],
	     "positions": positions, "lowest": None,
	     "highest": None, "ratio": None, "spread": None, "median": None}
	if figs:
		lo = min(figs, key=lambda i: positions[i]["value"])
		hi = max(figs, key=lambda i: positions[i]["value"])
		a, b = positions[lo]["value"], positions[hi]["value"]
		v = sorted(positions[i]["value"] for i in figs)
		n = len(v)
		m.update(lowest=lo, highest=hi,
			 median=v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2)
		if n > 1:
			m.update(spread=b - a, ratio=None if a == 0 else b / a)
	lows = [i for i in bounds if positions[i]["low"] is not None]
	highs = [i for i in bounds if positions[i]["high"] is not None]
	m["floor"] = max(lows, key=lambda i: positions[i]["low"]) \
		if lows else None
	m["ceiling"] = min(highs, key=lambda i: positions[i]["high"]) \
		if highs else None
	m["estimates"] = len(figs)
	m["bounds"] = len(bounds)
	m["stale"] = sum(p["stale"] and p["attributed"] for p in positions)
	m["fresh"] = sum(positions[i]["in_period"] for i in att)
	iv = [(p["low"], p["high"]) for p in positions]
	for i, p in enumerate(positions):
		p["compatible"] = all(_overlap(iv[i], iv[j]) for j in att
				      if j != i)
	m["consensus"] = bool(att) and all(_overlap(iv[i], iv[j])
					    for i in att for j in att)
	if m["consensus"]:
		lo = [iv[i][0] for i in att if iv[i][0] is not None]
		hi = [iv[i][1] for i in att if iv[i][1] is not None]
		m["agreed"] = {"low": max(lo) if lo else None,
			       "high": min(hi) if hi else None}
	else:
		m["agreed"] = None
	return m


def _combined(rows, ev, start, rule):
	"""All attributed sources together per (quantity, modality, scope)."""
	out = {}
	for r in rows:
		if not r["attributed"]:
			continue
		k = (r["quantity"], r["modality"], r["scope"])
		out.setdefault(k, []).append(r)
	res = []
	for (q, mo, sc), rs in out.items():
		evs = [e for r in rs for e in ev.values() if e["row"] == r["id"]
		       and e["day"] is not None and
		       (start is None or e["day"] >= start)]
		res.append({"quantity": q, "modality": mo, "scope": sc,
			    "sources": len(rs), "period": range_of(evs, rule)})
	return res


def _articles(claims):
	"""Articles, the outlets they name, and those naming none."""
	arts = {c["article"]: c["outlet"] for c in claims}
	return (len(arts), len({o for o in arts.values() if o is not None}),
		sum(o is None for o in arts.values()))


def _totals(claims, events, start):
	dated = [c for c in claims if c["day"] is not None]
	_, named, unnamed = _articles(claims)
	pa, pnamed, punnamed = _articles(
		[c for c in dated if start is None or c["day"] >= start])
	return {
		"claims": len(claims),
		"articles": len({c["article"] for c in claims}),
		"outlets": len({c["outlet_key"] for c in claims}),
		"events": len(events),
		"undated": len(claims) - len(dated),
		"period_claims": sum(start is None or c["day"] >= start
				     for c in dated),
		"period_events": sum(e["day"] is not None and
				     (start is None or e["day"] >= start)
				     for e in events),
		"named_outlets": named,
		"articles_without_outlet": unnamed,
		"period_articles": pa,
		"period_outlets": pnamed,
		"period_articles_without_outlet": punnamed,
	}


def summarize(db, asof, period="week", best_rule="latest", measures=None,
	      stale_after=STALE_AFTER_DAYS):
	"""
	Recompute the summary of the period of kind period ending at asof
	("YYYY-MM-DD") from the database db (a path or a connection), with
	the quantities grouped by measures (measures_of() of a summary.json;
	None: each quantity its own measure) and positions older than
	stale_after days stale. Returns a dict shaped like summary.json
	(without the events[] array; event ids are the same as in the JSON).
	"""
	asof_day = day_of(asof)
	if asof_day is None:
		raise ValueError(f"asof '{asof}' is not a date (YYYY-MM-DD)")
	start = period_start(period, asof_day)
	claims = _claims_of(read_claims(db, asof))
	byrow = {}
	for c in claims:
		byrow.setdefault(_row_key(c), []).append(c)
	rows, ev = [], {}
	for rid, key in enumerate(sorted(byrow)):
		events = _split_events(byrow[key], rid)
		for e in events:
			e["id"] = len(ev)
			ev[e["id"]] = e
		rows.append(_row(rid, key, events, start, best_rule, measures))
	families = sorted({r["family"] for r in rows
			   if r["latest_event"] is not None})
	info = {}
	for r in rows:  # a measure's words: its first quantity's
		if measures and r["quantity"] in measures:
			info.setdefault(r["family"], measures[r["quantity"]][1:])
	out = [_measure(f, _positions([r for r in rows if r["family"] == f and
					r["latest_event"] is not None],
				       ev, start, asof_day, stale_after),
			info.get(f, (None, None)))
	       for f in families]
	return {
		"asof": asof, "start": day_text(start), "period": period,
		"best_rule": best_rule, "echo_window_days": ECHO_WINDOW_DAYS,
		"stale_after_days": stale_after,
		"measure_of": {q: m[0] for q, m in (measures or {}).items()},
		"totals": _totals(claims, list(ev.values()), start),
		"rows": rows, "measures": out,
		"combined": _combined(rows, ev, start, best_rule),
		"_events": ev,
	}


def _same_number(a, b):
	if isinstance(a, bool) or isinstance(b, bool):
		return a is b
	return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


def differences(mine, theirs, path=""):
	"""
	Where the recomputed summary mine and a loaded summary.json theirs
	disagree: a list of "path: database X, summary.json Y" lines, empty
	when they agree. Only keys mine has are compared (keys starting with
	"_" are private); numbers agree within a relative 1e-12.
	"""
	out = []
	if isinstance(mine, dict):
		if not isinstance(theirs, dict):
			return [f"{path}: database an object, summary.json {theirs!r}"]
		for k, v in mine.items():
			if k.startswith("_"):
				continue
			sub = f"{path}.{k}" if path else k
			if k not in theirs:
				out.append(f"{sub}: missing in summary.json")
			else:
				out += differences(v, theirs[k], sub)
	elif isinstance(mine, list):
		if not isinstance(theirs, list) or len(mine) != len(theirs):
			n = len(theirs) if isinstance(theirs, list) else theirs
			return [f"{path}: database {len(mine)} entries, "
				f"summary.json {n!r}"]
		for i, (a, b) in enumerate(zip(mine, theirs)):
			out += differences(a, b, f"{path}[{i}]")
	elif isinstance(mine, (int, float)) and not isinstance(mine, bool) \
	     and isinstance(theirs, (int, float)) and not isinstance(theirs, bool):
		if not _same_number(mine, theirs):
			out.append(f"{path}: database {mine!r}, summary.json {theirs!r}")
	elif mine != theirs:
		out.append(f"{path}: database {mine!r}, summary.json {theirs!r}")
	return out


def leaves(mine):
	"""How many values differences() compares in mine (numbers, texts, nulls)."""
	if isinstance(mine, dict):
		return sum(leaves(v) for k, v in mine.items()
			   if not k.startswith("_"))
	if isinstance(mine, list):
		return sum(leaves(v) for v in mine)
	return 1

"""Synthetic German offer documents for the search benchmarks, generated set-based in SQL.

Everything lives in the schema `search_bench` (and `bench_uNN` for the UNION baseline) of
the test database, inside the benchmark's transaction: nothing reaches the real tables.
The table has the real one's layout (hash-partitioned by region, migration 0004). The tsvector
of a row is assembled from pre-computed vectors of its parts (title, employer,
occupation, three description sentences, place) with the weights the real trigger uses, so
1M rows need 1M cheap concatenations rather than 1M German stemming passes.
"""

from __future__ import annotations

import importlib
import time

from django.db import connection

partitioned_table_sql = importlib.import_module(
    "search.migrations.0004_partition_documents"
).partitioned_table_sql

SCHEMA = "search_bench"
TABLE = f"{SCHEMA}.einblick_search_document"
TERMS = f"{SCHEMA}.einblick_search_term"
REGIONS = 50

TYPES = [
    ("pflichtpraktikum", "Praktikum"), ("ausbildungsplatz", "Ausbildung"), ("ferienjob", "Ferienjob"),
    ("schnuppertag", "Schnuppertag"), ("duales-studium", "Duales Studium"),
    ("schuelerpraktikum", "Schülerpraktikum"), ("werkstudium", "Werkstudium"),
    ("freiwilligendienst", "Freiwilliges Soziales Jahr"),
]  # fmt: skip
OCCUPATIONS = [
    "Mechatroniker:in", "Elektroniker:in für Betriebstechnik", "Bäcker:in", "Kaufmann/-frau für Büromanagement",
    "Industriemechaniker:in", "Tischler:in", "Koch/Köchin", "Hotelfachmann/-frau", "Pflegefachmann/-frau",
    "Medizinische:r Fachangestellte:r", "Fachinformatiker:in", "Kfz-Mechatroniker:in", "Maler:in und Lackierer:in",
    "Anlagenmechaniker:in SHK", "Zahnmedizinische:r Fachangestellte:r", "Verkäufer:in", "Erzieher:in", "Gärtner:in",
    "Friseur:in", "Fleischer:in", "Konditor:in", "Landwirt:in", "Mediengestalter:in", "Chemielaborant:in",
    "Fachkraft für Lagerlogistik", "Zerspanungsmechaniker:in", "Augenoptiker:in", "Physiotherapeut:in",
    "Bankkaufmann/-frau", "Steuerfachangestellte:r", "Bauzeichner:in", "Dachdecker:in", "Maurer:in",
    "Straßenbauer:in", "Forstwirt:in", "Tierpfleger:in", "Elektroniker:in für Energie- und Gebäudetechnik",
    "Mechatroniker:in für Kältetechnik", "Veranstaltungskaufmann/-frau", "Fachkraft für Gastronomie",
]  # fmt: skip
FIELDS = [
    "metall", "elektro", "lebensmittel", "buero", "holz", "gastronomie", "pflege", "it",
    "fahrzeug", "bau", "handel", "soziales", "gruen", "medien", "chemie", "logistik",
]  # fmt: skip
COMPANY_KINDS = [
    "Bäckerei", "Autohaus", "Stadtwerke", "Klinikum", "Maschinenbau", "Elektro", "Tischlerei",
    "Hotel", "Pflegedienst", "Logistik", "Steuerbüro", "Gärtnerei", "Optik", "Bauunternehmen",
    "Softwarehaus", "Metallbau", "Kita", "Friseursalon", "Landwirtschaft", "Druckerei",
]  # fmt: skip
COMPANY_NAMES = [
    "Saaletal", "Ilmtal", "Sonnenberg", "am Markt", "Schmidt & Söhne", "Nordhang", "Werratal",
    "Lindenhof", "Kyffhäuser", "Hainich",
]  # fmt: skip
SENTENCES = [
    "Du lernst alle Bereiche unseres Betriebs kennen und arbeitest im Team mit.",
    "Bei uns bekommst du von Anfang an echte Aufgaben und viel Verantwortung.",
    "Wir bilden seit über zwanzig Jahren erfolgreich aus und übernehmen fast alle Azubis.",
    "Die Arbeitszeit beginnt um sieben Uhr und endet am frühen Nachmittag.",
    "Du reparierst Maschinen, prüfst Anlagen und suchst Fehler mit moderner Technik.",
    "Im Verkauf berätst du Kundinnen und Kunden und kümmerst dich um die Ware.",
    "In der Backstube formst du Brötchen und lernst traditionelle Rezepte kennen.",
    "Du begleitest Patientinnen und Patienten im Alltag und unterstützt das Pflegeteam.",
    "Eine Vergütung nach Tarif, Zuschüsse zum Deutschlandticket und Gleitzeit sind selbstverständlich.",
    "Wir suchen Schülerinnen und Schüler ab Klasse acht, die gern mit den Händen arbeiten.",
    "Während der Sommerferien kannst du bei uns Geld verdienen und Erfahrungen sammeln.",
    "Am Schnuppertag zeigen dir unsere Auszubildenden die Werkstatt und das Lager.",
    "Du programmierst kleine Anwendungen und betreust unsere Computer und Netzwerke.",
    "Im Hotel arbeitest du an der Rezeption, im Service und in der Küche mit.",
    "Unsere Elektronikerinnen und Elektroniker installieren Photovoltaikanlagen auf Dächern.",
    "Du pflegst Grünanlagen, pflanzt Bäume und arbeitest viel an der frischen Luft.",
    "Eine Bewerbung per E-Mail mit kurzem Lebenslauf und letztem Zeugnis genügt.",
    "Wir sind ein Familienbetrieb mit zwölf Beschäftigten in der dritten Generation.",
    "Das Krankenhaus bietet Praktikumsplätze auf mehreren Stationen an.",
    "Im Labor führst du Versuche durch und dokumentierst die Ergebnisse sorgfältig.",
    "Unser Fuhrpark umfasst Transporter, Lastwagen und Gabelstapler.",
    "Du gestaltest Flyer, Plakate und Beiträge für soziale Netzwerke.",
    "Nach der Ausbildung kannst du dich zur Meisterin oder zum Meister weiterbilden.",
    "Mittagessen in unserer Kantine und ein Fahrradleasing gehören dazu.",
]  # fmt: skip
TOWNS = [
    "Jena", "Weimar", "Erfurt", "Gera", "Gotha", "Eisenach", "Nordhausen", "Suhl", "Ilmenau",
    "Arnstadt", "Apolda", "Altenburg", "Saalfeld", "Rudolstadt", "Pößneck", "Sonneberg",
    "Meiningen", "Mühlhausen", "Sondershausen", "Greiz", "Zeulenroda", "Schmalkalden",
    "Hildburghausen", "Bad Langensalza", "Sömmerda", "Heiligenstadt", "Leinefelde", "Worbis",
    "Bad Salzungen", "Eisenberg", "Stadtroda", "Kahla", "Hermsdorf", "Schleiz", "Lobenstein",
    "Bad Frankenhausen", "Artern", "Neustadt an der Orla", "Triptis", "Schmölln", "Ronneburg",
    "Blankenhain", "Bad Berka", "Kölleda", "Großbreitenbach", "Ohrdruf", "Waltershausen",
    "Friedrichroda", "Tambach-Dietharz", "Zella-Mehlis",
]  # fmt: skip


def _values(rows) -> str:
    with connection.cursor() as cur:
        return ", ".join(cur.mogrify(f"({', '.join(['%s'] * len(r))})", r) for r in rows)


def create_schema() -> None:
    """The bench table is a structural copy of the real one (columns and defaults)."""
    with connection.cursor() as cur:
        cur.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        cur.execute(f"CREATE SCHEMA {SCHEMA}")
        cur.execute(f"CREATE TABLE {TERMS} (LIKE public.einblick_search_term INCLUDING ALL)")
        cur.execute(f"CREATE TABLE {SCHEMA}.types (i int, slug text, name text)")
        cur.execute(
            f"INSERT INTO {SCHEMA}.types VALUES {_values([(n + 1, *t) for n, t in enumerate(TYPES)])}"
        )
        cur.execute(f"CREATE TABLE {SCHEMA}.occ (i int, name text, field text)")
        occ = [(n + 1, name, FIELDS[n % len(FIELDS)]) for n, name in enumerate(OCCUPATIONS)]
        cur.execute(f"INSERT INTO {SCHEMA}.occ VALUES {_values(occ)}")
        cur.execute(f"CREATE TABLE {SCHEMA}.company (i int, name text)")
        companies = [
            (n * len(COMPANY_NAMES) + m + 1, f"{kind} {name}")
            for n, kind in enumerate(COMPANY_KINDS)
            for m, name in enumerate(COMPANY_NAMES)
        ]
        cur.execute(f"INSERT INTO {SCHEMA}.company VALUES {_values(companies)}")
        cur.execute(f"CREATE TABLE {SCHEMA}.sentence (i int, body text)")
        cur.execute(
            f"INSERT INTO {SCHEMA}.sentence VALUES "
            f"{_values([(n + 1, s) for n, s in enumerate(SENTENCES)])}"
        )
        cur.execute(
            f"CREATE TABLE {SCHEMA}.region (i int, slug text, name text, lat float, lon float)"
        )
        regions = [
            (n + 1, f"r{n + 1:02d}", town, 50.3 + (n % 10) * 0.09, 10.0 + (n // 10) * 0.4)
            for n, town in enumerate(TOWNS[:REGIONS])
        ]
        cur.execute(f"INSERT INTO {SCHEMA}.region VALUES {_values(regions)}")
        # pre-computed weighted vectors of every part (cheap: a few hundred rows)
        cur.execute(
            f"""
            CREATE TABLE {SCHEMA}.title_v AS
              SELECT t.i AS t, o.i AS o, t.name || ' ' || o.name || ' (m/w/d)' AS title,
                     setweight(to_tsvector('public.einblick_german', public.einblick_search_norm(
                       t.name || ' ' || o.name || ' (m/w/d)')), 'A') AS v
              FROM {SCHEMA}.types t CROSS JOIN {SCHEMA}.occ o;
            CREATE TABLE {SCHEMA}.occ_v AS
              SELECT o.i AS o, t.i AS t, o.name || ' · ' || o.field || ' · ' || t.name AS txt,
                     setweight(to_tsvector('public.einblick_german', public.einblick_search_norm(
                       o.name || ' ' || o.field || ' ' || t.name)), 'B') AS v
              FROM {SCHEMA}.occ o CROSS JOIN {SCHEMA}.types t;
            CREATE TABLE {SCHEMA}.company_v AS
              SELECT i, name, setweight(to_tsvector('public.einblick_german',
                public.einblick_search_norm(name)), 'B') AS v FROM {SCHEMA}.company;
            CREATE TABLE {SCHEMA}.sentence_v AS
              SELECT i, body, setweight(to_tsvector('public.einblick_german',
                public.einblick_search_norm(body)), 'C') AS v FROM {SCHEMA}.sentence;
            CREATE TABLE {SCHEMA}.region_v AS
              SELECT i, slug, name, lat, lon, setweight(to_tsvector('public.einblick_german',
                public.einblick_search_norm(name)), 'C') AS v FROM {SCHEMA}.region;
            """
        )


# migration 0005 (languages): the bench table must have every column of the real one
ADDED_COLUMNS = "ADD COLUMN languages varchar(10)[] NOT NULL DEFAULT '{}'"


def missing_columns() -> set[str]:
    """Columns of the real document table the bench table lacks (empty: same layout)."""
    with connection.cursor() as cur:
        cur.execute(
            "SELECT table_schema, column_name FROM information_schema.columns "
            "WHERE table_name = 'einblick_search_document' AND table_schema IN ('public', %s)",
            [SCHEMA],
        )
        columns: dict[str, set[str]] = {"public": set(), SCHEMA: set()}
        for schema, column in cur.fetchall():
            columns[schema].add(column)
    return columns["public"] - columns[SCHEMA]


# the real table's indexes (migrations 0004, 0006)
INDEXES = [
    "CREATE INDEX ON {t} USING gin (search_vector, offer_type)",  # migration 0006
    "CREATE INDEX ON {t} (region, kind)",
    "CREATE INDEX ON {t} (published_at)",
    "CREATE INDEX ON {t} (latitude, longitude)",
    "CREATE INDEX ON {t} USING gin (fields)",
    "CREATE INDEX ON {t} USING gin (occupations)",
    "CREATE INDEX ON {t} USING gin (target_groups)",
    "CREATE INDEX ON {t} USING gin (benefits)",
]


def build(n: int) -> float:
    """(Re)fill the bench table with n offers over 50 regions; returns seconds."""
    started = time.perf_counter()
    with connection.cursor() as cur:
        cur.execute("SET LOCAL maintenance_work_mem = '512MB'")
        cur.execute("SET LOCAL work_mem = '64MB'")
        cur.execute(f"DROP TABLE IF EXISTS {TABLE}")
        # the same partitioned layout as the real table (migration 0004)
        cur.execute(partitioned_table_sql(TABLE, "bench_key_region"))
        # columns added after migration 0004, as their migrations add them
        cur.execute(f"ALTER TABLE {TABLE} {ADDED_COLUMNS}")
        cur.execute(
            f"""
            INSERT INTO {TABLE} (key, region, region_name, kind, object_id, title, subtitle,
                occupations_text, body, place, extra_terms, url, offer_type, fields, occupations,
                target_groups, benefits, languages, period_start, period_end, latitude, longitude,
                published_at, expires_at, extra, search_vector, indexed_at)
            SELECT r.slug || ':offer:' || g, r.slug, r.name, 'offer', g, tv.title, c.name,
                   ov.txt, s1.body || ' ' || s2.body || ' ' || s3.body, r.name, '',
                   '/angebote/' || g || '/', t.slug, ARRAY[o.field]::varchar[],
                   ARRAY['occ-' || o.i]::varchar[],
                   (CASE WHEN g % 3 = 0 THEN ARRAY['schueler', 'eltern'] ELSE ARRAY['schueler'] END)::varchar[],
                   (CASE WHEN g % 4 = 0 THEN ARRAY['ticket'] WHEN g % 4 = 1 THEN ARRAY['kantine', 'gleitzeit'] ELSE ARRAY[]::text[] END)::varchar[],
                   (CASE WHEN g % 10 = 0 THEN ARRAY['de', 'en'] ELSE ARRAY['de'] END)::varchar[],
                   CASE WHEN g % 5 = 0 THEN DATE '2026-06-01' + (g % 120) END,
                   CASE WHEN g % 5 = 0 THEN DATE '2026-06-01' + (g % 120) + 30 END,
                   r.lat + ((g * 37) % 200 - 100) / 1000.0, r.lon + ((g * 53) % 200 - 100) / 1000.0,
                   now() - ((g % 365) || ' days')::interval,
                   CASE WHEN abs(hashint4extended(g, 7)) % 10 = 0 THEN now() - interval '1 day' END,
                   '{{}}'::jsonb,
                   tv.v || c.v || ov.v || s1.v || s2.v || s3.v || r.v,
                   now()
            FROM generate_series(1, {int(n)}) AS g
            JOIN {SCHEMA}.region_v r ON r.i = 1 + g % {REGIONS}
            JOIN {SCHEMA}.types t ON t.i = 1 + abs(hashint4extended(g, 1)) % {len(TYPES)}
            JOIN {SCHEMA}.occ o ON o.i = 1 + abs(hashint4extended(g, 2)) % {len(OCCUPATIONS)}
            JOIN {SCHEMA}.title_v tv ON tv.t = t.i AND tv.o = o.i
            JOIN {SCHEMA}.occ_v ov ON ov.o = o.i AND ov.t = t.i
            JOIN {SCHEMA}.company_v c ON c.i = 1 + abs(hashint4extended(g, 3)) % {len(COMPANY_KINDS) * len(COMPANY_NAMES)}
            JOIN {SCHEMA}.sentence_v s1 ON s1.i = 1 + abs(hashint4extended(g, 4)) % {len(SENTENCES)}
            JOIN {SCHEMA}.sentence_v s2 ON s2.i = 1 + abs(hashint4extended(g, 5)) % {len(SENTENCES)}
            JOIN {SCHEMA}.sentence_v s3 ON s3.i = 1 + abs(hashint4extended(g, 6)) % {len(SENTENCES)}
            """
        )
        for sql in INDEXES:
            cur.execute(sql.format(t=TABLE))
        cur.execute(f"ANALYZE {TABLE}")
        cur.execute(f"TRUNCATE {TERMS}")
        cur.execute(
            f"""INSERT INTO {TERMS} (region, term, display)
                SELECT DISTINCT r.slug, public.einblick_search_norm(w), w
                FROM {SCHEMA}.region r,
                     LATERAL (SELECT regexp_split_to_table(o.name || ' ' || t.name, '[^[:alpha:]]+') AS w
                              FROM {SCHEMA}.occ o, {SCHEMA}.types t) words
                WHERE length(w) >= 4
                ON CONFLICT DO NOTHING"""
        )
    return time.perf_counter() - started


def build_union_baseline(n: int) -> float:
    """The naive alternative: one offer table per region schema (as the domain model has it),
    each with a German full-text expression index, searched by UNION ALL over all schemas."""
    started = time.perf_counter()
    with connection.cursor() as cur:
        for r in range(1, REGIONS + 1):
            schema = f"bench_u{r:02d}"
            cur.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            cur.execute(f"CREATE SCHEMA {schema}")
            cur.execute(
                f"""CREATE TABLE {schema}.offer AS
                    SELECT object_id AS id, title, subtitle AS employer, occupations_text, body,
                           offer_type, fields, published_at, expires_at
                    FROM {TABLE} WHERE region = 'r{r:02d}' AND object_id <= %s""",
                [n],
            )
            cur.execute(
                f"CREATE INDEX ON {schema}.offer USING gin (to_tsvector('german', "
                "title || ' ' || employer || ' ' || occupations_text || ' ' || body))"
            )
            cur.execute(f"ANALYZE {schema}.offer")
    return time.perf_counter() - started


def union_query(q: str, offer_type: str | None) -> tuple[int, list, list]:
    """Cross-region search the naive way: rank, count and facets over a 50-way UNION ALL."""
    parts = []
    for r in range(1, REGIONS + 1):
        doc = "to_tsvector('german', title || ' ' || employer || ' ' || occupations_text || ' ' || body)"
        cond = f"{doc} @@ websearch_to_tsquery('german', %(q)s)"
        cond += " AND (expires_at IS NULL OR expires_at > now())"
        if offer_type:
            cond += " AND offer_type = %(type)s"
        parts.append(
            f"SELECT 'r{r:02d}' AS region, id, title, offer_type, fields, published_at, "
            f"ts_rank({doc}, websearch_to_tsquery('german', %(q)s)) AS rank "
            f"FROM bench_u{r:02d}.offer WHERE {cond}"
        )
    sql = f"""
        WITH m AS MATERIALIZED ({" UNION ALL ".join(parts)})
        SELECT (SELECT count(*) FROM m),
               (SELECT json_agg(x) FROM (SELECT region, id, title FROM m
                                        ORDER BY rank DESC, published_at DESC LIMIT 20) x),
               (SELECT json_agg(f) FROM (SELECT offer_type, count(*) FROM m GROUP BY 1
                                        UNION ALL SELECT unnest(fields), count(*) FROM m GROUP BY 1) f)
    """
    with connection.cursor() as cur:
        cur.execute(sql, {"q": q, "type": offer_type})
        return cur.fetchone()


def drop_all() -> None:
    with connection.cursor() as cur:
        cur.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        for r in range(1, REGIONS + 1):
            cur.execute(f"DROP SCHEMA IF EXISTS bench_u{r:02d} CASCADE")

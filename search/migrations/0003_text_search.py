from django.db import migrations

NORM_SQL = r"""
CREATE OR REPLACE FUNCTION public.einblick_search_norm(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT public.unaccent('public.unaccent'::regdictionary,
    replace(
      regexp_replace(
        regexp_replace(
          regexp_replace(lower(coalesce(t, '')),
            '(?:[:*_](?:innen|in|r|n)|/-?(?:innen|in))\M', '', 'g'),
          '([ao])e', '\1', 'g'),
        '(^|[^aeiouq])ue', '\1u', 'g'),
      'ß', 'ss'))
$f$;

DO $d$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'einblick_german') THEN
    CREATE TEXT SEARCH CONFIGURATION public.einblick_german (COPY = pg_catalog.german);
    ALTER TEXT SEARCH CONFIGURATION public.einblick_german
      ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, german_stem;
  END IF;
END $d$;

CREATE OR REPLACE FUNCTION public.einblick_search_vector(
  title text, subtitle text, occupations text, body text, place text, extra text
) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
  SELECT setweight(to_tsvector('public.einblick_german'::regconfig, public.einblick_search_norm(title)), 'A')
      || setweight(to_tsvector('public.einblick_german'::regconfig,
           public.einblick_search_norm(coalesce(subtitle, '') || ' ' || coalesce(occupations, ''))), 'B')
      || setweight(to_tsvector('public.einblick_german'::regconfig,
           public.einblick_search_norm(coalesce(body, '') || ' ' || coalesce(place, ''))), 'C')
      || setweight(to_tsvector('public.einblick_german'::regconfig, public.einblick_search_norm(extra)), 'D')
$f$;

CREATE OR REPLACE FUNCTION public.einblick_search_document_tsv() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
  NEW.search_vector := public.einblick_search_vector(
    NEW.title, NEW.subtitle, NEW.occupations_text, NEW.body, NEW.place, NEW.extra_terms);
  RETURN NEW;
END $f$;

CREATE TRIGGER einblick_search_document_tsv
  BEFORE INSERT OR UPDATE OF title, subtitle, occupations_text, body, place, extra_terms
  ON public.einblick_search_document
  FOR EACH ROW EXECUTE FUNCTION public.einblick_search_document_tsv();

CREATE INDEX search_term_trgm ON public.einblick_search_term USING gin (term gin_trgm_ops);
CREATE INDEX search_term_prefix ON public.einblick_search_term (region, term text_pattern_ops);
"""

REVERSE_SQL = """
DROP INDEX IF EXISTS public.search_term_prefix;
DROP INDEX IF EXISTS public.search_term_trgm;
DROP TRIGGER IF EXISTS einblick_search_document_tsv ON public.einblick_search_document;
DROP FUNCTION IF EXISTS public.einblick_search_document_tsv();
DROP FUNCTION IF EXISTS public.einblick_search_vector(text, text, text, text, text, text);
DROP TEXT SEARCH CONFIGURATION IF EXISTS public.einblick_german;
DROP FUNCTION IF EXISTS public.einblick_search_norm(text);
"""

SEED_SYNONYMS = [
    "Lehre, Ausbildung",
    "Azubi, Auszubildende:r, Auszubildender, Auszubildende",
    "KFZ, Kraftfahrzeug",
    "Arzthelfer, Arzthelferin, Medizinische:r Fachangestellte:r",
    "Praktika, Praktikum",
    "Ferienjob, Ferienarbeit, Schülerjob",
    "Ausbildungsplatz, Ausbildungsstelle, Ausbildung",
    "Praktikumsplatz, Praktikumsstelle, Praktikum",
    "Krankenhaus, Klinik, Klinikum",
    "Pflege, Pflegefachfrau, Pflegefachmann, Pflegefachkraft",
    "IT, Informatik, Fachinformatiker:in",
    "Duales Studium, Studium dual",
    "Kita, Kindertagesstätte, Kindergarten",
    "Schnuppertag, Schnupperpraktikum, Probetag",
    "Tag der offenen Tür, Tag der offenen Türen",
]


def seed(apps, schema_editor):
    if schema_editor.connection.schema_name != "public":
        return
    Synonym = apps.get_model("einblick_search", "Synonym")
    for terms in SEED_SYNONYMS:
        Synonym.objects.get_or_create(terms=terms)


class Migration(migrations.Migration):
    dependencies = [("einblick_search", "0002_documents")]
    operations = [
        migrations.RunSQL(NORM_SQL, REVERSE_SQL),
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]

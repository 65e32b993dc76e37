/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-suggest.c: `kutip-cli suggest` adds pending suggestions to
 * articles and Kutip JSON files, or filters JSONL from stdin to stdout. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "kutip-cli.h"
#include "kutip-file.h"
#include "kutip-language.h"
#include "kutip-store.h"
#include "kutip-suggester.h"
#include "kutip-text.h"

/* How long suggest waits for another process that holds a file it is to
 * save (that one may be running an external command of its own). */
#define SUGGEST_LOCK_WAIT_S 300

static gboolean
parse_families (const char            *only,
                KutipSuggestFamilies  *families,
                GError               **error)
{
  g_auto(GStrv) names = NULL;

  if (only == NULL)
    {
      *families = KUTIP_SUGGEST_ALL;
      return TRUE;
    }

  *families = 0;
  names = g_strsplit (only, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);

      if (g_str_equal (name, "dates") || g_str_equal (name, "date"))
        *families |= KUTIP_SUGGEST_DATES;
      else if (g_str_equal (name, "claims") || g_str_equal (name, "claim"))
        *families |= KUTIP_SUGGEST_CLAIMS;
      else if (g_str_equal (name, "speakers") || g_str_equal (name, "speaker"))
        *families |= KUTIP_SUGGEST_SPEAKERS;
      else
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("--only: unknown family “%s” (use dates, claims, speakers)"), name);
          return FALSE;
        }
    }

  return TRUE;
}

/* The streaming filter: one output line per input line, in order. */
static int
run_jsonl (KutipSuggestFamilies families,
           double               min_confidence)
{
  g_autoptr(GString) out = g_string_sized_new (4096);
  char *line = NULL;
  size_t capacity = 0;
  ssize_t n;
  guint line_number = 0;
  guint failures = 0;

  while ((n = getline (&line, &capacity, stdin)) != -1)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *where = NULL;
      const char *p = line;
      const char *start;

      line_number++;
      /* A byte order mark may start the stream; it is not JSON. */
      if (line_number == 1)
        p += kutip_utf8_signature_length (line, (gsize) n);
      start = p;
      while (p < line + n && g_ascii_isspace (*p))
        p++;
      if (p == line + n)
        continue;

      where = g_strdup_printf ("stdin:%u", line_number);
      g_string_truncate (out, 0);
      if (!kutip_suggest_jsonl_line (start, (gsize) (line + n - start), where, families,
                                     min_confidence, out, &error))
        {
          kutip_cli_fail ("%s", error->message);
          failures++;
          continue;
        }
      fwrite (out->str, 1, out->len, stdout);
    }

  free (line);
  fflush (stdout);

  if (failures > 0)
    {
      fprintf (stderr, ngettext ("kutip-cli: %u line could not be read; it has no output line\n",
                                 "kutip-cli: %u lines could not be read; they have no output line\n",
                                 failures), failures);
      return 1;
    }
  return 0;
}

typedef struct
{
  KutipSuggestFamilies   families;
  double                 min_confidence;
  gboolean               rules;
  const char            *lang;
  const char            *published;
  char                 **external_argv;
  gint64                 timeout_us;
  const char            *predictions;
  const char            *output;
  gboolean               include_done;
  /* The folder's project, when the file comes from one: its settings fill
   * in what the command line leaves out. */
  KutipProject          *project;
  gboolean               families_given;
  gboolean               min_confidence_given;
  guint                  n_left;
} SuggestOptions;

static void
report (const char             *path,
        const char             *what,
        const KutipApplyReport *r)
{
  fprintf (stderr, _("%s: %s: %u suggestions added, %u already decided or present, "
                     "%u relations, %u entities\n"),
           path, what, r->added, r->skipped, r->relations, r->entities);
}

/* Where suggest_file() saves @path: -o, a Kutip JSON file itself, or an
 * article's sidecar (as kutip_store_open() sets the document's path). */
static char *
save_target (const char           *path,
             const SuggestOptions *options)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (options->output != NULL)
    return g_strdup (options->output);
  if (g_str_has_suffix (lower, ".json"))
    return g_strdup (path);
  return kutip_store_sidecar_path (path);
}

/* Held from reading the file to saving it, so that another kutip-cli or
 * Kutip saving it meanwhile cannot lose its changes or ours: one waits
 * for the other. */
static KutipFileLock *
lock_target (const char  *target,
             GError     **error)
{
  g_autoptr(GError) busy = NULL;
  KutipFileLock *lock;

  lock = kutip_file_lock (target, 0, &busy);
  if (lock != NULL || !g_error_matches (busy, G_IO_ERROR, G_IO_ERROR_BUSY))
    {
      if (lock == NULL)
        g_propagate_error (error, g_steal_pointer (&busy));
      return lock;
    }

  fprintf (stderr, _("kutip-cli: %s: another program is saving it; waiting up to %d s\n"),
           target, SUGGEST_LOCK_WAIT_S);
  return kutip_file_lock (target, SUGGEST_LOCK_WAIT_S * G_USEC_PER_SEC, error);
}

static gboolean
suggest_file (const char           *path,
              SuggestOptions       *options,
              GError              **error)
{
  g_autoptr(KutipDocument) document = NULL;
  g_autoptr(KutipFileLock) lock = NULL;
  g_autofree char *target = save_target (path, options);

  /* A missing article is the problem to report, not its sidecar's lock. */
  if (!kutip_file_check_regular (path, error))
    return FALSE;
  lock = lock_target (target, error);
  if (lock == NULL)
    return FALSE;

  KutipSuggestFamilies families = options->families;
  double min_confidence = options->min_confidence;

  document = kutip_store_open (path, KUTIP_LOAD_DEFAULT, error);
  if (document == NULL)
    return FALSE;

  if (options->project != NULL)
    {
      KutipProjectSettings *settings = kutip_project_get_settings (options->project);
      KutipDocumentStatus status = kutip_document_get_status (document);

      /* Finished work gets no new suggestions unless asked. */
      if (!options->include_done &&
          (status == KUTIP_DOCUMENT_STATUS_DONE || status == KUTIP_DOCUMENT_STATUS_SKIPPED))
        {
          options->n_left++;
          return TRUE;
        }
      if (!options->families_given)
        families = kutip_project_settings_get_suggest_families (settings);
      if (!options->min_confidence_given)
        min_confidence = kutip_project_settings_get_min_confidence (settings);
      if (options->lang == NULL && kutip_document_get_language (document) == NULL &&
          kutip_project_settings_get_language (settings) != NULL)
        kutip_document_set_language (document, kutip_project_settings_get_language (settings));
    }

  if (options->lang != NULL)
    kutip_document_set_language (document, options->lang);
  if (options->published != NULL &&
      !kutip_document_set_published (document, options->published, error))
    return FALSE;

  if (options->rules)
    {
      g_autoptr(KutipSuggestions) found = NULL;
      KutipApplyReport r;

      found = kutip_suggest_document (document, families, error);
      if (found == NULL)
        return FALSE;
      kutip_suggestions_filter (found, min_confidence);
      kutip_suggestions_apply (found, document, &r);
      report (path, _("rules"), &r);
    }

  if (options->external_argv != NULL)
    {
      g_autoptr(KutipSuggestions) found = NULL;
      KutipApplyReport r;

      found = kutip_suggest_external (document, (const char * const *) options->external_argv,
                                      options->timeout_us, NULL, error);
      if (found == NULL)
        return FALSE;
      kutip_suggestions_apply (found, document, &r);
      report (path, options->external_argv[0], &r);
    }

  if (options->predictions != NULL)
    {
      g_autoptr(KutipSuggestions) found = NULL;
      KutipApplyReport r;

      found = kutip_suggest_from_predictions (document, options->predictions, error);
      if (found == NULL)
        return FALSE;
      kutip_suggestions_apply (found, document, &r);
      report (path, options->predictions, &r);
    }

  if (!kutip_store_save_file (document, target, error))
    return FALSE;

  printf ("%s\n", target);
  return TRUE;
}

int
kutip_cli_suggest (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) inputs = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *published = NULL;
  g_autofree char *only = NULL;
  g_autofree char *claims = NULL;
  g_autofree char *external = NULL;
  g_autofree char *predictions = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) external_argv = NULL;
  gboolean jsonl = FALSE;
  gboolean no_rules = FALSE;
  gboolean include_done = FALSE;
  gboolean failed = FALSE;
  double timeout = 30.0;
  double min_confidence = NAN;
  SuggestOptions options = { 0 };
  const GOptionEntry entries[] = {
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &jsonl,
      N_("Filter JSONL: {\"id\",\"text\",\"lang\"?,\"published\"?} lines on stdin, "
         "span lines on stdout"), NULL },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("Language of the articles"), "id|en" },
    { "published", 0, 0, G_OPTION_ARG_STRING, &published,
      N_("Publication date, for relative dates"), "YYYY-MM-DD" },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, N_("Suggest only these families"),
      "dates,claims,speakers" },
    { "claims", 0, 0, G_OPTION_ARG_STRING, &claims,
      N_("Claims to suggest: direct quotes only, or all (quotes and reported speech; the "
         "default)"), "direct|all" },
    { "min-confidence", 0, 0, G_OPTION_ARG_DOUBLE, &min_confidence,
      N_("Keep only rule suggestions at least this confident (0–1; 0.8 keeps calendar "
         "dates and drops relative ones such as “kemarin”)"), "C" },
    { "external", 0, 0, G_OPTION_ARG_STRING, &external,
      N_("Also run this command (split like a shell would, but no shell runs): it reads "
         "the document JSON on stdin and prints one span line"), "COMMAND" },
    { "timeout", 0, 0, G_OPTION_ARG_DOUBLE, &timeout,
      N_("Seconds the external command may take (default 30)"), "SECONDS" },
    { "predictions", 0, 0, G_OPTION_ARG_FILENAME, &predictions,
      N_("Import predictions from a JSONL file of span lines as pending suggestions"),
      "FILE.jsonl" },
    { "no-rules", 0, 0, G_OPTION_ARG_NONE, &no_rules,
      N_("Do not run Kutip's own rules (with --external or --predictions)"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write here instead of beside the article (one FILE only)"), "OUT" },
    { "include-done", 0, 0, G_OPTION_ARG_NONE, &include_done,
      N_("In a folder, suggest in documents marked done or skipped too"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("[FILE|FOLDER…] — add pending suggestions of speakers, "
                                    "claims and dates"));
  g_option_context_set_summary (context,
    _("Runs Kutip's rules (and optionally an external command or a predictions file)\n"
      "over each article (.txt, .md) or Kutip JSON file and saves the suggestions as\n"
      "pending annotations: ARTICLE.txt is never changed, ARTICLE.kutip.json is\n"
      "written beside it. Accepted and rejected annotations stay as they are;\n"
      "a rejected suggestion is never suggested again. A folder is a project: each\n"
      "of its documents once, with its settings' language and suggestion options\n"
      "unless given here; documents marked done or skipped are left as they are.\n"
      "With --jsonl, filters JSONL from stdin to stdout instead (code point offsets)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      kutip_cli_fail ("%s", error->message);
      return 2;
    }

  /* NaN: not given (a folder's settings may say). */
  options.min_confidence_given = !isnan (min_confidence);
  if (!options.min_confidence_given)
    min_confidence = 0.0;
  if (!(min_confidence >= 0 && min_confidence <= 1))
    {
      kutip_cli_fail (_("--min-confidence: give a number between 0 and 1"));
      return 2;
    }
  options.min_confidence = min_confidence;
  options.families_given = only != NULL;

  if (!parse_families (only, &options.families, &error))
    {
      kutip_cli_fail ("%s", error->message);
      return 2;
    }
  if (claims != NULL && g_str_equal (claims, "direct"))
    options.families |= KUTIP_SUGGEST_DIRECT_ONLY;
  else if (claims != NULL && !g_str_equal (claims, "all"))
    {
      kutip_cli_fail (_("--claims: “%s” is neither direct nor all"), claims);
      return 2;
    }

  if (jsonl)
    {
      if (argc > 1)
        {
          kutip_cli_fail (_("--jsonl reads stdin; do not name files"));
          return 2;
        }
      return run_jsonl (options.families, min_confidence);
    }

  if (argc < 2)
    {
      kutip_cli_fail (_("suggest: name at least one FILE, or use --jsonl"));
      return 2;
    }
  if (output != NULL && (argc > 2 || g_file_test (argv[1], G_FILE_TEST_IS_DIR)))
    {
      kutip_cli_fail (_("-o works with one FILE only"));
      return 2;
    }
  if (no_rules && external == NULL && predictions == NULL)
    {
      kutip_cli_fail (_("--no-rules needs --external or --predictions"));
      return 2;
    }
  if (external != NULL && !g_shell_parse_argv (external, NULL, &external_argv, &error))
    {
      kutip_cli_fail (_("--external: %s"), error->message);
      return 2;
    }
  if (lang != NULL && kutip_language_lookup (lang) == NULL)
    {
      g_autofree char *known = kutip_language_join_codes (", ");

      kutip_cli_fail (_("--lang: “%s” is not one of the languages Kutip knows (%s)"),
                      lang, known);
      return 2;
    }
  if (!(timeout > 0 && timeout <= 3600))
    {
      kutip_cli_fail (_("--timeout: give seconds between 0 and 3600"));
      return 2;
    }

  options.rules = !no_rules;
  options.lang = lang;
  options.published = published;
  options.external_argv = external_argv;
  /* Rounded up, so a sub-millisecond timeout stays one. */
  options.timeout_us = (gint64) ceil (timeout * G_USEC_PER_SEC);
  options.predictions = predictions;
  options.output = output;
  options.include_done = include_done;

  inputs = kutip_cli_inputs_new (argc - 1, argv + 1, &failed);
  for (guint i = 0; i < inputs->len; i++)
    {
      KutipCliInput *input = g_ptr_array_index (inputs, i);

      options.project = input->project;
      for (guint k = 0; k < input->paths->len; k++)
        {
          g_autoptr(GError) file_error = NULL;

          if (!suggest_file (g_ptr_array_index (input->paths, k), &options, &file_error))
            {
              kutip_cli_fail ("%s", file_error->message);
              failed = TRUE;
            }
        }
    }

  if (options.n_left > 0)
    fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                  "%u document done or skipped was left as it is "
                                  "(--include-done suggests in it too)\n",
                                  "%u documents done or skipped were left as they are "
                                  "(--include-done suggests in them too)\n", options.n_left),
             options.n_left);
  return failed ? 1 : 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-cli-agree.c: `kutip-cli agree FILE_A FILE_B [FILE…]` measures how
 * far annotators agree on versions of one article: span F1, κ and α over
 * tokens, α_u over characters, who said what; as a table or --json. */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "kutip-agreement.h"
#include "kutip-agreement-diff.h"
#include "kutip-annotators.h"
#include "kutip-cli.h"
#include "kutip-store.h"

/* Prints @text left-aligned in @width columns (characters, not bytes). */
static void
print_cell (const char *text,
            int         width,
            gboolean    right)
{
  int pad = width - (int) g_utf8_strlen (text, -1);

  if (right)
    printf ("%*s%s", MAX (pad, 0), "", text);
  else
    printf ("%s%*s", text, MAX (pad, 0), "");
}

static void
print_figure (double value)
{
  char buffer[32];

  if (isnan (value))
    print_cell ("—", 10, TRUE);
  else
    {
      g_snprintf (buffer, sizeof buffer, "%.3f", value);
      print_cell (buffer, 10, TRUE);
    }
}

static void
print_figures_row (const char                  *name,
                   const KutipAgreementFigures *f)
{
  char spans[32];

  printf ("  ");
  print_cell (name, 14, FALSE);
  g_snprintf (spans, sizeof spans, "%" G_GUINT64_FORMAT, f->n_spans);
  print_cell (spans, 7, TRUE);
  print_figure (f->f1);
  print_figure (f->strict_f1);
  print_figure (f->cohen_kappa);
  print_figure (f->fleiss_kappa);
  print_figure (f->alpha);
  print_figure (f->alpha_u);
  printf ("\n");
}

static void
print_scope (KutipAgreement *agreement,
             int             a,
             int             b)
{
  KutipAgreementFigures figures;
  KutipWhoSaidWhat who;
  const char *heads[] = { N_("F1"), N_("strict F1"), N_("Cohen κ"), N_("Fleiss κ"), N_("α"),
                          N_("α_u") };

  printf ("  ");
  print_cell (_("label"), 14, FALSE);
  print_cell (_("spans"), 7, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    print_cell (_(heads[i]), 10, TRUE);
  printf ("\n");
  for (guint l = 0; l < kutip_agreement_get_n_labels (agreement); l++)
    {
      const char *label = kutip_agreement_get_label (agreement, l);

      kutip_agreement_get_figures (agreement, label, a, b, &figures);
      print_figures_row (label, &figures);
    }
  kutip_agreement_get_figures (agreement, NULL, a, b, &figures);
  print_figures_row (_("all labels"), &figures);

  kutip_agreement_get_who_said_what (agreement, a, b, &who);
  if (who.n_claims == 0)
    printf ("  %s\n", _("Who said what: no claims."));
  else
    {
      g_autofree char *f1 = isnan (who.f1) ? g_strdup ("—") : g_strdup_printf ("%.3f", who.f1);
      g_autofree char *speaker = isnan (who.speaker) ? g_strdup ("—")
                                                     : g_strdup_printf ("%.3f", who.speaker);
      g_autofree char *date = isnan (who.date) ? g_strdup ("—") : g_strdup_printf ("%.3f", who.date);

      g_autofree char *matched = g_strdup_printf ("%" G_GUINT64_FORMAT, who.n_matched);

      printf ("  ");
      printf (_("Who said what: F1 %s; of %s matched claims, same speaker %s, same date %s."),
              f1, matched, speaker, date);
      printf ("\n");
    }
}

static void
print_agreement (KutipAgreement *agreement)
{
  guint n = kutip_agreement_get_n_annotators (agreement);
  g_autoptr(GString) names = g_string_new (NULL);
  KutipAgreementFigures figures;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", kutip_agreement_get_annotator (agreement, i));
  kutip_agreement_get_figures (agreement, NULL, -1, -1, &figures);
  {
    g_autofree char *documents = g_strdup_printf ("%" G_GUINT64_FORMAT, figures.n_documents);
    g_autofree char *tokens = g_strdup_printf ("%" G_GUINT64_FORMAT, figures.n_tokens);

    printf (g_dngettext (GETTEXT_PACKAGE, "Agreement of %s: %s document, %s tokens\n",
                         "Agreement of %s: %s documents, %s tokens\n",
                         (gulong) MIN (figures.n_documents, G_MAXULONG)),
            names->str, documents, tokens);
  }
  print_scope (agreement, -1, -1);

  if (n > 2)
    for (guint a = 0; a < n; a++)
      for (guint b = a + 1; b < n; b++)
        {
          g_autofree char *documents = NULL;

          kutip_agreement_get_figures (agreement, NULL, (int) a, (int) b, &figures);
          documents = g_strdup_printf ("%" G_GUINT64_FORMAT, figures.n_documents);
          printf ("\n");
          printf (g_dngettext (GETTEXT_PACKAGE, "%s and %s: %s document\n",
                               "%s and %s: %s documents\n",
                               (gulong) MIN (figures.n_documents, G_MAXULONG)),
                  kutip_agreement_get_annotator (agreement, a),
                  kutip_agreement_get_annotator (agreement, b), documents);
          print_scope (agreement, (int) a, (int) b);
        }
}

/* One version's side of a disagreement: its spans (label, offsets, text)
 * and, for a claim, who said it and when. */
static void
print_side (KutipAgreementDiff       *diff,
            const KutipAgreementItem *item,
            guint                     version,
            const char               *annotator)
{
  guint n = 0;
  KutipAnnotation * const *spans = kutip_agreement_item_get_annotations (item, version, &n);
  KutipAnnotation *speaker = kutip_agreement_diff_get_speaker (diff, item, version);
  KutipAnnotation *date = kutip_agreement_diff_get_date (diff, item, version);

  printf ("      %s:", annotator);
  if (n == 0)
    printf (" %s", _("(nothing)"));
  for (guint k = 0; k < n; k++)
    {
      const char *value = kutip_annotation_get_attribute (spans[k], "value");

      printf ("%s %s [%u, %u) “%s”", k > 0 ? ";" : "", kutip_annotation_get_label (spans[k]),
              kutip_annotation_get_start (spans[k]), kutip_annotation_get_end (spans[k]),
              kutip_annotation_get_text (spans[k]));
      if (value != NULL)
        printf (" = %s", value);
    }
  if (speaker != NULL)
    printf (_(", said by “%s”"), kutip_annotation_get_text (speaker));
  if (date != NULL)
    {
      const char *value = kutip_annotation_get_attribute (date, "value");

      printf (_(", dated “%s”"), kutip_annotation_get_text (date));
      if (value != NULL)
        printf (" = %s", value);
    }
  printf ("\n");
}

static void
print_disagreements (KutipAgreementDiff *diff,
                     KutipAgreement     *agreement)
{
  guint n = kutip_agreement_diff_get_n_disagreements (diff);

  printf ("\n");
  printf (g_dngettext (GETTEXT_PACKAGE, "%u disagreement in %u places:\n",
                       "%u disagreements in %u places:\n", n),
          n, kutip_agreement_diff_get_n_items (diff));
  for (guint i = kutip_agreement_diff_step (diff, G_MAXUINT, TRUE); i != G_MAXUINT;
       i = kutip_agreement_diff_step (diff, i, TRUE))
    {
      const KutipAgreementItem *item = kutip_agreement_diff_get_item (diff, i);
      g_autofree char *kind = kutip_disagreement_to_string (kutip_agreement_item_get_kind (item));

      printf ("  [%u, %u) %s\n", kutip_agreement_item_get_start (item),
              kutip_agreement_item_get_end (item), kind);
      for (guint v = 0; v < kutip_agreement_diff_get_n_versions (diff); v++)
        print_side (diff, item, v, kutip_agreement_get_annotator (agreement, v));
    }
}

/* The annotator of a file: its metadata, else the file's name. */
static char *
annotator_of (KutipDocument *document,
              const char    *path)
{
  const char *annotator = kutip_document_get_annotator (document);
  g_autofree char *base = NULL;

  if (annotator != NULL && *annotator != '\0')
    return g_strdup (annotator);
  base = g_path_get_basename (path);
  if (g_str_has_suffix (base, ".kutip.json"))
    base[strlen (base) - strlen (".kutip.json")] = '\0';
  else if (g_str_has_suffix (base, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';
  return g_steal_pointer (&base);
}

static int
agree_files (char              **paths,
             guint               n_paths,
             char              **annotators,
             char              **labels,
             KutipAgreementFlags flags,
             gboolean            as_json)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(KutipAgreement) agreement = NULL;
  g_autoptr(KutipAgreementDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  int status = 0;

  if (annotators != NULL && g_strv_length (annotators) != n_paths)
    {
      kutip_cli_fail (_("agree: %u names given with --annotators for %u files"),
                      g_strv_length (annotators), n_paths);
      return 2;
    }

  for (guint i = 0; i < n_paths; i++)
    {
      g_autoptr(GError) load_error = NULL;
      KutipDocument *document = kutip_store_load_file (paths[i], KUTIP_LOAD_DEFAULT, &load_error);

      if (document == NULL)
        {
          fprintf (stderr, "%s\n", load_error->message);
          status = 1;
          continue;
        }
      g_ptr_array_add (documents, document);
      g_ptr_array_add (names, annotators ? g_strdup (annotators[i]) : annotator_of (document, paths[i]));
    }
  if (status != 0)
    return status;

  /* Two files by one annotator: tell them apart by file. */
  for (guint i = 0; i < names->len; i++)
    for (guint j = i + 1; j < names->len; j++)
      if (g_str_equal (g_ptr_array_index (names, i), g_ptr_array_index (names, j)))
        {
          for (guint k = 0; k < names->len; k++)
            {
              char *old = g_ptr_array_index (names, k);

              g_ptr_array_index (names, k) = g_strdup_printf ("%s (%s)", old, paths[k]);
              g_free (old);
            }
          i = j = names->len;
        }
  g_ptr_array_add (names, NULL);

  agreement = kutip_agreement_new ((const char * const *) names->pdata,
                                   (const char * const *) labels, flags);
  id = g_strdup (kutip_document_get_id (g_ptr_array_index (documents, 0)));
  if (id == NULL)
    id = g_path_get_basename (paths[0]);
  if (!kutip_agreement_add_document (agreement, id, (KutipDocument * const *) documents->pdata,
                                     &error))
    return kutip_cli_fail ("%s", error->message);

  diff = kutip_agreement_diff_new ((KutipDocument * const *) documents->pdata, documents->len,
                                   (const char * const *) labels, flags, &error);
  if (diff == NULL)
    return kutip_cli_fail ("%s", error->message);

  if (as_json)
    {
      g_autofree char *text = kutip_agreement_to_json (agreement, TRUE);
      g_autofree char *places = kutip_agreement_diff_to_json (diff, (const char * const *) names->pdata);
      g_autoptr(GString) indented = g_string_new (NULL);

      /* The object's last line is "}": the places go in before it. */
      g_assert (g_str_has_suffix (text, "\n}\n"));
      text[strlen (text) - 3] = '\0';
      for (const char *p = places; *p; p++)
        {
          g_string_append_c (indented, *p);
          if (*p == '\n')
            g_string_append (indented, "  ");
        }
      printf ("%s,\n  \"disagreements\": %s\n}\n", text, indented->str);
      return 0;
    }

  print_agreement (agreement);
  print_disagreements (diff, agreement);
  return 0;
}

static void
print_documents (KutipAgreement *agreement,
                 guint           top)
{
  guint n = 0;
  const KutipAgreementDocument *documents = kutip_agreement_get_documents (agreement, &n);
  const char *heads[] = { N_("places"), N_("differ"), N_("F1"), N_("κ"), N_("α_u") };

  if (n == 0 || top == 0)
    return;
  printf ("\n");
  if (top < n)
    printf (_("The %u documents with the most disagreement, of %u:\n"), top, n);
  else
    printf (_("Documents by disagreement:\n"));
  printf ("  ");
  print_cell (_("document"), 32, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    print_cell (_(heads[i]), i < 2 ? 7 : 10, TRUE);
  printf ("\n");
  for (guint i = 0; i < MIN (top, n); i++)
    {
      char count[32];

      printf ("  ");
      print_cell (documents[i].name, 32, FALSE);
      g_snprintf (count, sizeof count, "%u", documents[i].n_items);
      print_cell (count, 7, TRUE);
      g_snprintf (count, sizeof count, "%u", documents[i].n_disagreements);
      print_cell (count, 7, TRUE);
      print_figure (documents[i].f1);
      print_figure (documents[i].kappa);
      print_figure (documents[i].alpha_u);
      if (documents[i].n_versions < 2)
        printf ("  %s", _("(one version)"));
      printf ("\n");
    }
}

typedef struct
{
  KutipAgreement *agreement;
  int             status;
} ProjectRun;

static gboolean
add_project_document (const char            *relative,
                      KutipDocument * const *versions,
                      const GError * const  *errors,
                      gpointer               user_data)
{
  ProjectRun *run = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup (relative);

  for (guint i = 0; i < kutip_agreement_get_n_annotators (run->agreement); i++)
    if (errors[i] != NULL)
      {
        fprintf (stderr, "%s\n", errors[i]->message);
        run->status = 1;
      }
  if (g_str_has_suffix (name, ".kutip.json"))
    name[strlen (name) - strlen (".kutip.json")] = '\0';
  if (!kutip_agreement_add_document (run->agreement, name, versions, &error))
    {
      kutip_cli_fail ("%s", error->message);
      run->status = 1;
    }
  return TRUE;
}

static int
agree_project (const char          *project,
               char               **annotators,
               char               **labels,
               KutipAgreementFlags  flags,
               gboolean             as_json,
               guint                top,
               guint                jobs)
{
  g_auto(GStrv) found = NULL;
  g_autoptr(KutipAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  ProjectRun run = { 0 };

  if (annotators == NULL)
    {
      found = kutip_annotators_list (project, &error);
      if (found == NULL)
        return kutip_cli_fail ("%s", error->message);
      annotators = found;
    }
  if (g_strv_length (annotators) < 2)
    {
      g_autofree char *where = g_build_filename (project, KUTIP_ANNOTATORS_FOLDER, _("NAME"), NULL);

      return kutip_cli_fail (_("%s: agreement needs the versions of two or more annotators, "
                               "each in a folder %s (found %u)"),
                             project, where, g_strv_length (annotators));
    }

  agreement = kutip_agreement_new ((const char * const *) annotators,
                                   (const char * const *) labels, flags);
  run.agreement = agreement;
  if (!kutip_annotators_foreach_loaded (project, (const char * const *) annotators,
                                        KUTIP_LOAD_DEFAULT, jobs, add_project_document, &run,
                                        &error))
    return kutip_cli_fail ("%s", error->message);

  if (as_json)
    {
      g_autofree char *text = kutip_agreement_to_json (agreement, TRUE);

      fputs (text, stdout);
    }
  else
    {
      print_agreement (agreement);
      print_documents (agreement, top);
    }
  return run.status;
}

static char **
split_list (const char *value)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) kept = NULL;

  if (value == NULL)
    return NULL;
  parts = g_strsplit (value, ",", -1);
  kept = g_ptr_array_new ();
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_ptr_array_add (kept, g_strdup (parts[i]));
    }
  g_ptr_array_add (kept, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&kept), FALSE);
}

int
kutip_cli_agree (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *labels_arg = NULL;
  g_autofree char *annotators_arg = NULL;
  g_auto(GStrv) labels = NULL;
  g_auto(GStrv) annotators = NULL;
  gboolean as_json = FALSE, include_pending = FALSE;
  int top = 10, jobs = 0;
  const GOptionEntry entries[] = {
    { "labels", 'l', 0, G_OPTION_ARG_STRING, &labels_arg,
      N_("Compare only these labels (comma-separated)"), N_("LABEL,…") },
    { "annotators", 'a', 0, G_OPTION_ARG_STRING, &annotators_arg,
      N_("Names of the annotators: of a project, those to compare; of files, one per file "
         "in order"), N_("NAME,…") },
    { "include-pending", 0, 0, G_OPTION_ARG_NONE, &include_pending,
      N_("Count pending suggestions as annotations too"), NULL },
    { "top", 0, 0, G_OPTION_ARG_INT, &top,
      N_("Of a project, list this many documents with the most disagreement (10)"), N_("N") },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      N_("Of a project, load documents on this many threads (0: one per processor)"), N_("N") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON instead of a table"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("DIR | FILE_A FILE_B [FILE…] — agreement between annotators"));
  g_option_context_set_summary (context,
    _("Compares versions of one article annotated by different people (the same\n"
      "text, else an error): per label and over all labels, for each pair of\n"
      "annotators and for all of them, span F1 (lenient: overlapping; strict: the\n"
      "same bounds), Cohen's and Fleiss' κ and Krippendorff's α over tokens,\n"
      "Krippendorff's unitizing α over characters, and who said what (a claim with\n"
      "the same speaker and date). Then lists where the versions differ.\n"
      "DIR is a project folder: each annotator's versions are in\n"
      "DIR/kutip-annotators/NAME/, at the path of the document in DIR; the table\n"
      "then lists the documents with the most disagreement.\n"
      "Only accepted annotations count unless --include-pending is given."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      kutip_cli_fail ("%s", error->message);
      return 2;
    }
  labels = split_list (labels_arg);
  annotators = split_list (annotators_arg);
  if (labels != NULL && labels[0] == NULL)
    {
      kutip_cli_fail ("%s", _("agree: --labels names no label"));
      return 2;
    }

  if (top < 0 || jobs < 0)
    {
      kutip_cli_fail ("%s", _("agree: --top and --jobs must be 0 or more"));
      return 2;
    }
  if (argc == 2 && g_file_test (argv[1], G_FILE_TEST_IS_DIR))
    return agree_project (argv[1], annotators, labels,
                          include_pending ? KUTIP_AGREEMENT_INCLUDE_PENDING
                                          : KUTIP_AGREEMENT_DEFAULT,
                          as_json, (guint) top, (guint) jobs);
  if (argc < 3)
    {
      kutip_cli_fail ("%s", _("agree: give a project folder, or two or more versions of one "
                              "article (see “kutip-cli agree --help”)"));
      return 2;
    }
  return agree_files (argv + 1, (guint) argc - 1, annotators, labels,
                      include_pending ? KUTIP_AGREEMENT_INCLUDE_PENDING : KUTIP_AGREEMENT_DEFAULT,
                      as_json);
}

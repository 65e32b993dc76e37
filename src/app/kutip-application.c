/* SPDX-License-Identifier: GPL-3.0-or-later */
/* kutip-application.c: the AdwApplication: opens windows for files or the
 * sample, offers autosaved work after a crash, and holds app actions. */

#define G_LOG_DOMAIN "kutip-application"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "kutip-application.h"
#include "kutip-preferences-window.h"
#include "kutip-recovery.h"
#include "kutip-store.h"
#include "kutip-article-view.h"
#include "kutip-bench-stall.h"
#include "kutip-window-private.h"

#define SAMPLE_NAME "harakatuna-gaza-ceasefire-id.txt"

struct _KutipApplication
{
  AdwApplication parent_instance;

  gboolean       recovery_checked;
  gint64         start_time;

  /* KUTIP_BENCH=open: the file opened in the running window. */
  GFile         *bench_file;
};

G_DEFINE_FINAL_TYPE (KutipApplication, kutip_application, ADW_TYPE_APPLICATION)

/**
 * kutip_application_find_sample:
 *
 * Returns: (transfer full) (nullable): the bundled sample article, from the
 *   installed data or, when running from the build tree, the sources.
 */
char *
kutip_application_find_sample (void)
{
  const char *override = g_getenv ("KUTIP_SAMPLE");
  g_autofree char *installed = g_build_filename (PKGDATADIR, "samples", SAMPLE_NAME, NULL);
  g_autofree char *source = g_build_filename (KUTIP_SOURCE_DATADIR, "samples", SAMPLE_NAME, NULL);

  if (override != NULL && g_file_test (override, G_FILE_TEST_IS_REGULAR))
    return g_strdup (override);
  if (g_file_test (installed, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&installed);
  if (g_file_test (source, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&source);
  return NULL;
}

/**
 * kutip_application_init_i18n:
 *
 * Follows the system language: sets the locale and binds Kutip's message
 * catalogues. Run from the build tree, $KUTIP_LOCALEDIR names the built
 * catalogues (build-aux/run.sh, `meson devenv` and the tests set it); an
 * installed Kutip uses the installed ones.
 */
void
kutip_application_init_i18n (void)
{
  const char *localedir = g_getenv ("KUTIP_LOCALEDIR");

  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static KutipWindow *
new_window (KutipApplication *self)
{
  KutipWindow *window = kutip_window_new (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
open_sample (KutipWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-sample", NULL);
}

/* Where recovered work for @origin goes: the window showing that file as
 * saved (the work is newer), else @first while it holds nothing the user
 * asked for, else a new window. */
static KutipWindow *
recovery_window (KutipApplication *self,
                 const char       *origin,
                 KutipWindow      *first)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      KutipWindow *window = l->data;
      KutipDocument *document;

      if (!KUTIP_IS_WINDOW (window))
        continue;
      document = kutip_window_get_document (window);
      if (origin != NULL && document != NULL && !kutip_window_get_dirty (window) &&
          g_strcmp0 (kutip_document_get_path (document), origin) == 0)
        return window;
    }
  if (first != NULL && kutip_window_is_pristine (first))
    return first;
  return new_window (self);
}

static void
recover_all (KutipApplication *self,
             GPtrArray        *paths,
             KutipWindow      *first)
{
  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(KutipDocument) document = kutip_store_load_file (path, KUTIP_LOAD_DEFAULT, &error);
      g_autofree char *origin = kutip_recovery_get_origin (path);
      KutipWindow *window;

      if (document == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Could not recover %s: %s"),
                                                      path, error->message);
          g_message ("%s", message);
          continue;
        }

      kutip_document_set_path (document, origin);
      window = recovery_window (self, origin, first);
      kutip_window_set_document (window, document, TRUE);
      /* The window's next autosave replaces this copy; a save removes it. */
      kutip_recovery_remove (path);
      kutip_window_show_toast (window, _("Recovered unsaved work"));
    }
}

typedef struct
{
  KutipApplication *app;
  GPtrArray        *paths;
  KutipWindow      *window;
} RecoveryOffer;

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      RecoveryOffer    *offer)
{
  if (g_strcmp0 (response, "recover") == 0)
    {
      recover_all (offer->app, offer->paths, offer->window);
    }
  else
    {
      for (guint i = 0; i < offer->paths->len; i++)
        kutip_recovery_remove (g_ptr_array_index (offer->paths, i));
      /* `kutip FILE` has shown FILE in the window meanwhile. */
      if (kutip_window_get_document (offer->window) == NULL)
        open_sample (offer->window);
    }
  g_ptr_array_unref (offer->paths);
  g_object_unref (offer->window);
  g_free (offer);
}

/* How many recovered articles the dialog names before "and N more". */
#define MAX_NAMED 8

/* One line of the recovery dialog: the article's name and its folder (the
 * home folder as "~"), or that it was never saved. */
static char *
recovery_line (const char *path)
{
  g_autofree char *origin = kutip_recovery_get_origin (path);
  g_autofree char *name = NULL;
  g_autofree char *dir = NULL;
  const char *home = g_get_home_dir ();
  char *suffix;

  if (origin == NULL)
    return g_strdup_printf ("• %s", _("Untitled Article"));
  name = g_filename_display_basename (origin);
  suffix = g_strrstr (name, ".kutip.json");
  if (suffix != NULL && suffix != name)
    *suffix = '\0';
  dir = g_path_get_dirname (origin);
  if (home != NULL && g_str_has_prefix (dir, home) && strlen (home) > 1)
    {
      char *tilde = g_strconcat ("~", dir + strlen (home), NULL);

      g_free (dir);
      dir = tilde;
    }
  {
    g_autofree char *display_dir = g_filename_display_name (dir);

    /* Translators: a recovered article's name and the folder it is in. */
    return g_strdup_printf (_("• %s, in %s"), name, display_dir);
  }
}

/* After a crash the recovery folder still holds autosaved work. */
static gboolean
offer_recovery (KutipApplication *self,
                KutipWindow      *window)
{
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GString) body = NULL;
  RecoveryOffer *offer;
  GtkWidget *dialog;

  if (self->recovery_checked)
    return FALSE;
  self->recovery_checked = TRUE;

  paths = kutip_recovery_list ();
  if (paths->len == 0)
    return FALSE;

  body = g_string_new (NULL);
  g_string_printf (body,
                   g_dngettext (GETTEXT_PACKAGE,
                                "Kutip was closed before %u article was saved. "
                                "Its annotations were autosaved.",
                                "Kutip was closed before %u articles were saved. "
                                "Their annotations were autosaved.",
                                paths->len),
                   paths->len);
  g_string_append (body, "\n");
  for (guint i = 0; i < paths->len && i < MAX_NAMED; i++)
    {
      g_autofree char *line = recovery_line (g_ptr_array_index (paths, i));

      g_string_append_printf (body, "\n%s", line);
    }
  if (paths->len > MAX_NAMED)
    {
      guint rest = paths->len - MAX_NAMED;

      g_string_append_c (body, '\n');
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                 "and %u more", rest), rest);
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Recover Unsaved Work?"), body->str);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"),
                                    "recover", _("_Recover"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "recover");

  offer = g_new0 (RecoveryOffer, 1);
  offer->app = self;
  offer->paths = g_steal_pointer (&paths);
  offer->window = g_object_ref (window);
  g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), offer);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* ---- benchmark mode (KUTIP_BENCH=1, used by bench/bench-app.sh) -------- */

static void
bench_keys (KutipWindow *window)
{
  KutipDocument *document = kutip_window_get_document (window);
  KutipArticleView *view = kutip_window_get_article_view (window);
  guint length = kutip_text_get_length (kutip_document_get_text (document));
  double worst = 0, total = 0;
  const guint rounds = 20;

  /* Tag, relabel and undo at spots spread over the text: what a key does. */
  for (guint i = 0; i < rounds; i++)
    {
      guint start = (guint) (((guint64) length * (2 * i + 1)) / (2 * rounds));
      gint64 t0 = g_get_monotonic_time ();
      double ms;

      kutip_article_view_select_range (view, start, MIN (start + 12, length));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.tag", "s", KUTIP_LABEL_DATE);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.relabel", "s", KUTIP_LABEL_SPEAKER);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.next-annotation", NULL);
      /* What the keys block: the three actions and the views' updates. */
      ms = (g_get_monotonic_time () - t0) / 1000.0 / 3;
      for (guint j = 0; j < 5; j++)
        g_main_context_iteration (NULL, FALSE);
      worst = MAX (worst, ms);
      total += ms;
    }
  g_print ("key-avg-ms %.2f\nkey-max-ms %.2f\n", total / rounds, worst);
}

/* Times one window from @t0 to its first frame painted with a document,
 * then to the frame after the annotation list filled; then @next. */
typedef struct
{
  KutipWindow *window;
  gint64       t0;
  const char  *name;
  gboolean     shown;
  void       (*next) (KutipWindow *window);
} BenchWatch;

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      BenchWatch    *watch)
{
  KutipWindow *window = watch->window;
  KutipDocument *document = kutip_window_get_document (window);
  double ms = (g_get_monotonic_time () - watch->t0) / 1000.0;

  if (document == NULL)
    return;
  if (!watch->shown)
    {
      watch->shown = TRUE;
      g_print ("%s-ms %.1f\n", watch->name, ms);
    }
  if (kutip_annotation_panel_get_pending (window->annotation_panel))
    return;
  g_print ("%s-list-filled-ms %.1f\n", watch->name, ms);
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, watch);
  watch->next (window);
  g_free (watch);
}

static gboolean
bench_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  g_signal_connect (clock, "after-paint", G_CALLBACK (bench_after_paint_cb), user_data);
  return G_SOURCE_REMOVE;
}

static void
bench_watch (KutipWindow  *window,
             gint64        t0,
             const char   *name,
             void        (*next) (KutipWindow *window))
{
  BenchWatch *watch = g_new0 (BenchWatch, 1);

  watch->window = window;
  watch->t0 = t0;
  watch->name = name;
  watch->next = next;
  gtk_widget_add_tick_callback (GTK_WIDGET (window), bench_tick_cb, watch, NULL);
}

static void
bench_quit (KutipWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  for (GList *l = windows; l != NULL; l = l->next)
    {
      kutip_window_set_selected (l->data, NULL);
      gtk_window_destroy (l->data);
    }
  g_list_free (windows);
}

static void
bench_keys_then_quit (KutipWindow *window)
{
  bench_keys (window);
  bench_quit (window);
}

/* A second article, opened in a window that holds work: it gets a window
 * of its own, as File › Open does. */
static gboolean
bench_open_new_window_cb (gpointer data)
{
  KutipWindow *window = data;
  KutipApplication *self = KUTIP_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  GList *before = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  gint64 t0 = g_get_monotonic_time ();

  kutip_window_open_file (window, self->bench_file);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (g_list_find (before, l->data) == NULL)
      bench_watch (l->data, t0, "open-new-window", bench_quit);
  g_list_free (before);
  return G_SOURCE_REMOVE;
}

static void
bench_open_new_window (KutipWindow *window)
{
  g_idle_add (bench_open_new_window_cb, window);
}

/* The article opened in the window showing the sample, which it replaces. */
static gboolean
bench_open_in_window_cb (gpointer data)
{
  KutipWindow *window = data;
  KutipApplication *self = KUTIP_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  gint64 t0 = g_get_monotonic_time ();

  kutip_window_open_file (window, self->bench_file);
  bench_watch (window, t0, "open-in-window", bench_open_new_window);
  return G_SOURCE_REMOVE;
}

static void
bench_launched (KutipWindow *window)
{
  KutipDocument *document = kutip_window_get_document (window);
  const char *mode = g_getenv ("KUTIP_BENCH");

  g_print ("annotations %u\ncharacters %u\n",
           kutip_document_get_n_annotations (document),
           kutip_text_get_length (kutip_document_get_text (document)));
  if (g_strcmp0 (mode, "keys") == 0)
    bench_keys_then_quit (window);
  else if (g_strcmp0 (mode, "open") == 0)
    g_idle_add (bench_open_in_window_cb, window);
  else if (g_strcmp0 (mode, "suggest") == 0)
    kutip_bench_stall (window, bench_quit);
  else
    bench_quit (window);
}

/* KUTIP_BENCH=1: time to the first frame (from the application's start);
 * =keys: then the time keys take; =suggest: then Suggest, Undo and Redo
 * with the main loop's longest stall; =open: opens the given file in the
 * running window instead, and then once more, which makes a new window. */
static void
maybe_bench (KutipWindow *window)
{
  KutipApplication *self = KUTIP_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));

  if (g_getenv ("KUTIP_BENCH") != NULL)
    bench_watch (window, self->start_time, "first-frame", bench_launched);
}

static void
kutip_application_activate (GApplication *app)
{
  KutipApplication *self = KUTIP_APPLICATION (app);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));
  KutipWindow *window;

  if (active != NULL)
    {
      gtk_window_present (active);
      return;
    }

  window = new_window (self);
  if (!offer_recovery (self, window))
    open_sample (window);
}

static void
kutip_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  KutipApplication *self = KUTIP_APPLICATION (app);
  KutipWindow *window = NULL;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (KUTIP_IS_WINDOW (active) && kutip_window_is_pristine (KUTIP_WINDOW (active)))
    window = KUTIP_WINDOW (active);
  if (window == NULL)
    window = new_window (self);

  if (g_strcmp0 (g_getenv ("KUTIP_BENCH"), "open") == 0 && n_files > 0)
    {
      g_set_object (&self->bench_file, files[0]);
      open_sample (window);
      maybe_bench (window);
      return;
    }
  if (g_getenv ("KUTIP_BENCH") == NULL)
    offer_recovery (self, window);
  /* Each file after the first gets a window of its own. */
  for (int i = 0; i < n_files; i++)
    kutip_window_open_file (window, files[i]);
  maybe_bench (window);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  open_sample (new_window (KUTIP_APPLICATION (user_data)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Closing asks about unsaved work window by window. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  static const char *developers[] = { "The Kutip developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", "Kutip",
                        "developer-name", "The Kutip developers",
                        "version", PACKAGE_VERSION,
                        "comments", _("Tag who said what, and when, in news articles"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your names here, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  GtkWidget *preferences = kutip_preferences_window_new (parent);

  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_entries[] = {
  { "new-window", new_window_action },
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

static void
kutip_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.new-window", { "<Control>n", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.find-next", { "<Control>g", NULL } },
    { "win.find-previous", { "<Control><Shift>g", NULL } },
    { "win.next-annotation", { "<Alt>Down", NULL } },
    { "win.previous-annotation", { "<Alt>Up", NULL } },
    { "win.next-pending", { "<Control>period", NULL } },
    { "win.suggest", { "<Control>e", NULL } },
    { "win.suggest-external", { "<Control><Shift>e", NULL } },
    { "win.import-predictions", { "<Control>i", NULL } },
    { "win.import", { "<Control><Shift>o", NULL } },
    { "win.export", { "<Control><Shift>x", NULL } },
  };
  AdwStyleManager *style;

  G_APPLICATION_CLASS (kutip_application_parent_class)->startup (app);

  g_set_application_name (_("Kutip"));

  /* Light or dark as the system says. */
  style = adw_style_manager_get_default ();
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries,
                                   G_N_ELEMENTS (app_entries), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);
}

static void
kutip_application_finalize (GObject *object)
{
  KutipApplication *self = KUTIP_APPLICATION (object);

  g_clear_object (&self->bench_file);

  G_OBJECT_CLASS (kutip_application_parent_class)->finalize (object);
}

static void
kutip_application_class_init (KutipApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = kutip_application_finalize;

  app_class->activate = kutip_application_activate;
  app_class->open = kutip_application_open;
  app_class->startup = kutip_application_startup;
}

static void
kutip_application_init (KutipApplication *self)
{
  self->start_time = g_get_monotonic_time ();
}

KutipApplication *
kutip_application_new (void)
{
  return g_object_new (KUTIP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/kutip/Kutip",
                       NULL);
}

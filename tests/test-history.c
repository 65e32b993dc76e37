/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-history.c: KutipHistory: grouping, undo/redo order, redo cleared by
 * a new edit, saved-state tracking, property notifications. */

#include "config.h"

#include "kutip.h"

/* The target is a string the edits append to and remove from. */
static void
append_edit (gpointer target,
             gpointer data,
             gboolean undo)
{
  GString *string = target;
  const char *piece = data;

  if (undo)
    {
      g_assert_true (g_str_has_suffix (string->str, piece));
      g_string_truncate (string, string->len - strlen (piece));
    }
  else
    g_string_append (string, piece);
}

static void
append (KutipHistory *history,
        GString      *string,
        const char   *piece)
{
  append_edit (string, (gpointer)piece, FALSE);
  kutip_history_push (history, append_edit, g_strdup (piece), g_free);
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_groups (void)
{
  g_autoptr(GString) string = g_string_new ("");
  g_autoptr(KutipHistory) history = kutip_history_new (string);

  g_assert_false (kutip_history_can_undo (history));
  g_assert_false (kutip_history_undo (history));

  append (history, string, "a");
  kutip_history_begin_group (history, "Outer");
  append (history, string, "b");
  kutip_history_begin_group (history, "Inner");
  append (history, string, "c");
  kutip_history_end_group (history);
  append (history, string, "d");
  kutip_history_end_group (history);
  g_assert_cmpstr (string->str, ==, "abcd");
  g_assert_cmpstr (kutip_history_get_undo_name (history), ==, "Outer");

  /* An empty group is no step. */
  kutip_history_begin_group (history, "Nothing");
  kutip_history_end_group (history);
  g_assert_cmpstr (kutip_history_get_undo_name (history), ==, "Outer");

  g_assert_true (kutip_history_undo (history));
  g_assert_cmpstr (string->str, ==, "a");
  g_assert_cmpstr (kutip_history_get_redo_name (history), ==, "Outer");
  g_assert_true (kutip_history_undo (history));
  g_assert_cmpstr (string->str, ==, "");
  g_assert_false (kutip_history_can_undo (history));
  g_assert_true (kutip_history_redo (history));
  g_assert_true (kutip_history_redo (history));
  g_assert_cmpstr (string->str, ==, "abcd");
  g_assert_false (kutip_history_redo (history));

  g_assert_finalize_object (g_steal_pointer (&history));
}

static void
replaying_edit (gpointer target,
                gpointer data,
                gboolean undo)
{
  KutipHistory *history = *(KutipHistory **)target;

  g_assert_true (kutip_history_is_replaying (history));
  /* Edits made while replaying are not recorded. */
  kutip_history_push (history, append_edit, g_strdup ("x"), g_free);
}

static void
test_replaying (void)
{
  KutipHistory *history = NULL;

  history = kutip_history_new (&history);
  g_assert_false (kutip_history_is_replaying (history));
  kutip_history_push (history, replaying_edit, NULL, NULL);
  g_assert_true (kutip_history_undo (history));
  g_assert_false (kutip_history_can_undo (history));
  g_assert_true (kutip_history_redo (history));
  g_assert_true (kutip_history_can_undo (history));
  g_assert_false (kutip_history_can_redo (history));
  g_assert_finalize_object (history);
}

static void
test_new_edit_clears_redo (void)
{
  g_autoptr(GString) string = g_string_new ("");
  g_autoptr(KutipHistory) history = kutip_history_new (string);
  guint redo_notified = 0;

  g_signal_connect (history, "notify::can-redo", G_CALLBACK (notify_count_cb), &redo_notified);

  append (history, string, "a");
  append (history, string, "b");
  g_assert_true (kutip_history_undo (history));
  g_assert_true (kutip_history_can_redo (history));
  g_assert_cmpuint (redo_notified, ==, 1);
  append (history, string, "c");
  g_assert_false (kutip_history_can_redo (history));
  g_assert_cmpuint (redo_notified, ==, 2);
  g_assert_cmpstr (string->str, ==, "ac");
  g_assert_true (kutip_history_undo (history));
  g_assert_true (kutip_history_undo (history));
  g_assert_cmpstr (string->str, ==, "");

  g_signal_handlers_disconnect_by_data (history, &redo_notified);
  g_assert_finalize_object (g_steal_pointer (&history));
}

static void
test_saved_state (void)
{
  g_autoptr(GString) string = g_string_new ("");
  g_autoptr(KutipHistory) history = kutip_history_new (string);
  guint saved_notified = 0;

  g_signal_connect (history, "notify::at-saved-state", G_CALLBACK (notify_count_cb),
                    &saved_notified);
  g_assert_true (kutip_history_is_at_saved (history));

  append (history, string, "a");
  g_assert_false (kutip_history_is_at_saved (history));
  g_assert_cmpuint (saved_notified, ==, 1);
  append (history, string, "b");
  g_assert_cmpuint (saved_notified, ==, 1);
  kutip_history_mark_saved (history);
  g_assert_true (kutip_history_is_at_saved (history));

  append (history, string, "c");
  g_assert_false (kutip_history_is_at_saved (history));
  g_assert_true (kutip_history_undo (history));
  g_assert_true (kutip_history_is_at_saved (history));
  g_assert_true (kutip_history_undo (history));
  g_assert_false (kutip_history_is_at_saved (history));
  g_assert_true (kutip_history_redo (history));
  g_assert_true (kutip_history_is_at_saved (history));

  /* Saved state lost: it was in the redo part a new edit threw away. */
  g_assert_true (kutip_history_undo (history));
  append (history, string, "z");
  g_assert_false (kutip_history_is_at_saved (history));
  g_assert_true (kutip_history_undo (history));
  g_assert_false (kutip_history_is_at_saved (history));

  /* Clearing keeps the state, saved or not. */
  kutip_history_mark_saved (history);
  kutip_history_clear (history);
  g_assert_true (kutip_history_is_at_saved (history));
  g_assert_false (kutip_history_can_undo (history));
  append (history, string, "q");
  kutip_history_clear (history);
  g_assert_false (kutip_history_is_at_saved (history));

  g_signal_handlers_disconnect_by_data (history, &saved_notified);
  g_assert_finalize_object (g_steal_pointer (&history));
}

static guint freed;

static void
count_free (gpointer data)
{
  freed++;
  g_free (data);
}

static void
test_data_freed (void)
{
  g_autoptr(GString) string = g_string_new ("");
  KutipHistory *history = kutip_history_new (string);

  freed = 0;
  append_edit (string, "a", FALSE);
  kutip_history_push (history, append_edit, g_strdup ("a"), count_free);
  append_edit (string, "b", FALSE);
  kutip_history_push (history, append_edit, g_strdup ("b"), count_free);
  kutip_history_undo (history);
  append_edit (string, "c", FALSE);
  kutip_history_push (history, append_edit, g_strdup ("c"), count_free);
  g_assert_cmpuint (freed, ==, 1);  /* "b" left with the redo stack */
  g_assert_finalize_object (history);
  g_assert_cmpuint (freed, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/history/groups", test_groups);
  g_test_add_func ("/kutip/history/replaying", test_replaying);
  g_test_add_func ("/kutip/history/new-edit-clears-redo", test_new_edit_clears_redo);
  g_test_add_func ("/kutip/history/saved-state", test_saved_state);
  g_test_add_func ("/kutip/history/data-freed", test_data_freed);

  return g_test_run ();
}

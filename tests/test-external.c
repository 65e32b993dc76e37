/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-external.c: an external suggester's command that misbehaves: does
 * not read its input, prints without end, starts children, outlives a tiny
 * timeout, floods stderr. None of it may kill, hang or flood the caller. */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "kutip.h"
#include "kutip-suggester.h"

typedef struct
{
  char *dir;
  char *pids;  /* where scripts write the pids of children they start */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = g_dir_make_tmp ("kutip-external-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
  fixture->pids = g_build_filename (fixture->dir, "pids", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  g_autofree char *pids = NULL;
  const char *name;

  /* Whatever a failed test left running goes too. */
  if (g_file_get_contents (fixture->pids, &pids, NULL, NULL))
    {
      g_auto(GStrv) lines = g_strsplit (pids, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (*lines[i] != '\0')
          kill ((pid_t) g_ascii_strtoll (lines[i], NULL, 10), SIGKILL);
    }

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->pids);
  g_free (fixture->dir);
}

static char *
write_script (Fixture    *fixture,
              const char *name,
              const char *body)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *script = g_strdup_printf ("#!/bin/sh\n%s\n", body);

  g_assert_true (g_file_set_contents (path, script, -1, NULL));
  g_assert_cmpint (g_chmod (path, 0755), ==, 0);
  return g_steal_pointer (&path);
}

/* A document of about @n_bytes of text. */
static KutipDocument *
new_document (gsize n_bytes)
{
  g_autoptr(GString) text = g_string_new ("Budi berkata, “Harga naik.”\n");
  g_autoptr(GError) error = NULL;
  KutipDocument *document;

  while (text->len < n_bytes)
    g_string_append (text, "Sebuah kalimat pengisi yang panjang untuk dokumen ini. ");
  document = kutip_document_new_from_string (text->str, (gssize) text->len, &error);
  g_assert_no_error (error);
  return document;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in: %s", needle, haystack);
}

static gboolean
process_gone (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/stat", (int) pid);
  g_autofree char *stat = NULL;
  const char *state;

  if (kill (pid, 0) != 0 && errno == ESRCH)
    return TRUE;
  if (!g_file_get_contents (path, &stat, NULL, NULL))
    return TRUE;
  /* An orphan killed but not yet reaped by init is gone too. */
  state = strrchr (stat, ')');
  return state != NULL && state[1] == ' ' && state[2] == 'Z';
}

/* The processes the script listed in fixture->pids are all gone (soon). */
static void
assert_children_gone (Fixture *fixture,
                      guint    expected)
{
  g_autofree char *pids = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (fixture->pids, &pids, NULL, NULL));
  lines = g_strsplit (pids, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      pid_t pid;
      gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

      if (*lines[i] == '\0')
        continue;
      pid = (pid_t) g_ascii_strtoll (lines[i], NULL, 10);
      g_assert_cmpint (pid, >, 1);
      while (!process_gone (pid))
        {
          if (g_get_monotonic_time () > deadline)
            g_error ("process %d that the command started is still running", (int) pid);
          g_usleep (10 * 1000);
        }
      n++;
    }
  g_assert_cmpuint (n, ==, expected);
}

static gboolean
sigpipe_blocked (void)
{
  sigset_t mask;

  g_assert_cmpint (pthread_sigmask (SIG_BLOCK, NULL, &mask), ==, 0);
  return sigismember (&mask, SIGPIPE);
}

/* A command that does not read its stdin (the document is bigger than a
 * pipe holds) must not kill the caller with SIGPIPE, and what it printed
 * counts. */
static void
test_unread_input (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(KutipDocument) document = new_document (300 * 1024);
  g_autofree char *ignores = write_script (fixture, "ignores",
    "echo '{\"spans\":[{\"label\":\"speaker\",\"start\":0,\"end\":4}]}'");
  g_autoptr(KutipSuggestions) found = NULL;
  g_autoptr(GError) error = NULL;
  KutipApplyReport report;

  {
    const char *argv[] = { ignores, NULL };

    found = kutip_suggest_external (document, argv, 10 * G_USEC_PER_SEC, NULL, &error);
    g_assert_no_error (error);
    kutip_suggestions_apply (found, document, &report);
    g_assert_cmpuint (report.added, ==, 1);
  }

  {
    const char *argv[] = { "true", NULL };

    g_assert_null (kutip_suggest_external (document, argv, 10 * G_USEC_PER_SEC, NULL, &error));
    g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL);
    assert_contains (error->message, "printed nothing");
    assert_contains (error->message, "it closed its stdin after taking");
  }

  /* The caller's signal mask is as it was. */
  g_assert_false (sigpipe_blocked ());
}

/* Output without end is cut at the documented limit, long before the
 * timeout, with an error naming the limit. */
static void
test_output_limit (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(KutipDocument) document = new_document (100);
  g_autofree char *endless = write_script (fixture, "endless", "cat >/dev/null; exec yes");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { endless, NULL };
  gint64 begin = g_get_monotonic_time ();

  g_assert_null (kutip_suggest_external (document, argv, 60 * G_USEC_PER_SEC, NULL, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL);
  assert_contains (error->message, "printed more than 64 MiB");
  g_assert_cmpint (g_get_monotonic_time () - begin, <, 30 * G_USEC_PER_SEC);
}

/* At the timeout the command's whole process group goes, not just the
 * command: it started two sleeps and waits for them. */
static void
test_timeout_kills_group (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(KutipDocument) document = new_document (100);
  g_autofree char *body = g_strdup_printf ("cat >/dev/null\n"
                                           "sleep 100 & echo $! >> '%s'\n"
                                           "sleep 100 & echo $! >> '%s'\n"
                                           "wait", fixture->pids, fixture->pids);
  g_autofree char *spawner = write_script (fixture, "spawner", body);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { spawner, NULL };
  gint64 begin = g_get_monotonic_time ();

  g_assert_null (kutip_suggest_external (document, argv, 500 * 1000, NULL, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL);
  assert_contains (error->message, "no answer within 0.5 s");
  g_assert_cmpint (g_get_monotonic_time () - begin, <, 5 * G_USEC_PER_SEC);
  assert_children_gone (fixture, 2);
}

/* A command that answers and exits leaves nothing behind either, even a
 * child that still holds its stdout (which would otherwise keep the
 * caller waiting for the end of the output until the timeout). */
static void
test_exit_kills_leftovers (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(KutipDocument) document = new_document (100);
  g_autofree char *body = g_strdup_printf ("cat >/dev/null\n"
                                           "sleep 100 >/dev/null 2>&1 & echo $! >> '%s'\n"
                                           "sleep 100 & echo $! >> '%s'\n"
                                           "echo '{\"spans\":[]}'", fixture->pids,
                                           fixture->pids);
  g_autofree char *leaver = write_script (fixture, "leaver", body);
  g_autoptr(KutipSuggestions) found = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { leaver, NULL };
  gint64 begin = g_get_monotonic_time ();

  found = kutip_suggest_external (document, argv, 20 * G_USEC_PER_SEC, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpint (g_get_monotonic_time () - begin, <, 10 * G_USEC_PER_SEC);
  assert_children_gone (fixture, 2);
}

/* A timeout of a tenth of a millisecond is one, not "none" or a second. */
static void
test_tiny_timeout (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(KutipDocument) document = new_document (100);
  g_autofree char *quick = write_script (fixture, "quick",
                                         "cat >/dev/null; sleep 0.2; echo '{\"spans\":[]}'");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { quick, NULL };
  gint64 begin = g_get_monotonic_time ();

  g_assert_null (kutip_suggest_external (document, argv, 100, NULL, &error));
  g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL);
  assert_contains (error->message, "no answer within 0.0001 s");
  g_assert_cmpint (g_get_monotonic_time () - begin, <, 150 * 1000);
}

/* A flood on stderr is quoted by its end only, saying how much was cut. */
static void
test_stderr_tail (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(KutipDocument) document = new_document (100);
  g_autofree char *noisy = write_script (fixture, "noisy",
    "cat >/dev/null\n"
    "head -c 3000000 /dev/zero | tr '\\0' x >&2\n"
    "echo ' Traceback: model missing' >&2\n"
    "exit 2");
  g_autofree char *killed = write_script (fixture, "killed", "cat >/dev/null; kill -9 $$");
  g_autoptr(GError) error = NULL;

  {
    const char *argv[] = { noisy, NULL };

    g_assert_null (kutip_suggest_external (document, argv, 20 * G_USEC_PER_SEC, NULL, &error));
    g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL);
    assert_contains (error->message, "failed (exit status 2)");
    assert_contains (error->message, "Traceback: model missing");
    assert_contains (error->message, "bytes of its error output left out");
    assert_contains (error->message, "of 3000026 bytes");
    g_assert_cmpuint (strlen (error->message), <, KUTIP_EXTERNAL_ERROR_TAIL + 500);
    g_clear_error (&error);
  }

  {
    const char *argv[] = { killed, NULL };

    g_assert_null (kutip_suggest_external (document, argv, 20 * G_USEC_PER_SEC, NULL, &error));
    g_assert_error (error, KUTIP_ERROR, KUTIP_ERROR_EXTERNAL);
    assert_contains (error->message, "killed by signal 9");
  }
}

static gpointer
cancel_later (gpointer data)
{
  g_usleep (200 * 1000);
  g_cancellable_cancel (data);
  return NULL;
}

/* Cancelling stops the command (and its group) at once. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(KutipDocument) document = new_document (100);
  g_autofree char *body = g_strdup_printf ("cat >/dev/null\n"
                                           "sleep 100 & echo $! >> '%s'\n"
                                           "wait", fixture->pids);
  g_autofree char *slow = write_script (fixture, "slow", body);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GThread) thread = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { slow, NULL };
  gint64 begin = g_get_monotonic_time ();

  thread = g_thread_new ("cancel", cancel_later, cancellable);
  g_assert_null (kutip_suggest_external (document, argv, 60 * G_USEC_PER_SEC, cancellable,
                                         &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - begin, <, 10 * G_USEC_PER_SEC);
  g_thread_join (g_steal_pointer (&thread));
  assert_children_gone (fixture, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/kutip/external/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("unread-input", test_unread_input);
  ADD ("output-limit", test_output_limit);
  ADD ("timeout-kills-group", test_timeout_kills_group);
  ADD ("exit-kills-leftovers", test_exit_kills_leftovers);
  ADD ("tiny-timeout", test_tiny_timeout);
  ADD ("stderr-tail", test_stderr_tail);
  ADD ("cancel", test_cancel);
#undef ADD

  return g_test_run ();
}

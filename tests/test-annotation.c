/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-annotation.c: KutipAnnotation, KutipRelation and KutipEntity as
 * plain objects: properties, attributes, reading-order comparison. */

#include "config.h"

#include <stdlib.h>

#include "kutip.h"

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_properties (void)
{
  g_autoptr(KutipAnnotation) annotation = kutip_annotation_new ("claim", 3, 9);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *label = NULL;
  KutipStatus status;
  guint notified = 0;
  guint end;

  g_assert_cmpstr (kutip_annotation_get_label (annotation), ==, "claim");
  g_assert_cmpuint (kutip_annotation_get_start (annotation), ==, 3);
  g_assert_cmpuint (kutip_annotation_get_end (annotation), ==, 9);
  g_assert_null (kutip_annotation_get_id (annotation));
  g_assert_cmpint (kutip_annotation_get_status (annotation), ==, KUTIP_STATUS_PENDING);
  g_assert_cmpfloat (kutip_annotation_get_confidence (annotation), ==, 1.0);

  g_signal_connect (annotation, "notify", G_CALLBACK (notify_count_cb), &notified);

  /* Notify only on change. */
  kutip_annotation_set_label (annotation, "claim");
  g_assert_cmpuint (notified, ==, 0);
  kutip_annotation_set_label (annotation, "speaker");
  g_assert_cmpuint (notified, ==, 1);
  kutip_annotation_set_bounds (annotation, 3, 10);
  g_assert_cmpuint (notified, ==, 2);
  kutip_annotation_set_status (annotation, KUTIP_STATUS_REJECTED);
  kutip_annotation_set_status (annotation, KUTIP_STATUS_REJECTED);
  g_assert_cmpuint (notified, ==, 3);
  kutip_annotation_set_created (annotation, now);
  kutip_annotation_set_created (annotation, now);
  g_assert_cmpuint (notified, ==, 4);
  kutip_annotation_set_confidence (annotation, 7.0);
  g_assert_cmpfloat (kutip_annotation_get_confidence (annotation), ==, 1.0);
  kutip_annotation_set_confidence (annotation, 0.25);
  g_assert_cmpuint (notified, ==, 5);

  g_object_get (annotation, "label", &label, "status", &status, "end", &end, NULL);
  g_assert_cmpstr (label, ==, "speaker");
  g_assert_cmpint (status, ==, KUTIP_STATUS_REJECTED);
  g_assert_cmpuint (end, ==, 10);

  g_object_set (annotation, "origin", "rule:quote-id", "note", "cek", NULL);
  g_assert_cmpstr (kutip_annotation_get_origin (annotation), ==, "rule:quote-id");
  g_assert_cmpstr (kutip_annotation_get_note (annotation), ==, "cek");

  g_signal_handlers_disconnect_by_data (annotation, &notified);
  g_assert_finalize_object (g_steal_pointer (&annotation));
}

static void
test_attributes_and_extra (void)
{
  g_autoptr(KutipAnnotation) annotation = kutip_annotation_new ("date", 0, 5);
  g_autoptr(KutipAnnotation) copy = NULL;
  g_autoptr(JsonObject) extra = json_object_new ();
  g_auto(GStrv) keys = NULL;

  keys = kutip_annotation_list_attributes (annotation);
  g_assert_cmpuint (g_strv_length (keys), ==, 0);
  g_clear_pointer (&keys, g_strfreev);

  kutip_annotation_set_attribute (annotation, "value", "2024-05-18");
  kutip_annotation_set_attribute (annotation, "kind", "absolute");
  kutip_annotation_set_attribute (annotation, "value", "2024-05-19");
  g_assert_cmpstr (kutip_annotation_get_attribute (annotation, "value"), ==, "2024-05-19");
  keys = kutip_annotation_list_attributes (annotation);
  g_assert_cmpuint (g_strv_length (keys), ==, 2);
  g_assert_cmpstr (keys[0], ==, "kind");
  g_assert_cmpstr (keys[1], ==, "value");

  /* Removing one attribute keeps the others. */
  kutip_annotation_set_attribute (annotation, "granularity", "day");
  kutip_annotation_set_attribute (annotation, "kind", NULL);
  kutip_annotation_set_attribute (annotation, "missing", NULL);
  g_assert_null (kutip_annotation_get_attribute (annotation, "kind"));
  g_assert_cmpstr (kutip_annotation_get_attribute (annotation, "value"), ==, "2024-05-19");
  g_assert_cmpstr (kutip_annotation_get_attribute (annotation, "granularity"), ==, "day");
  kutip_annotation_set_attribute (annotation, "kind", "absolute");
  g_clear_pointer (&keys, g_strfreev);
  keys = kutip_annotation_list_attributes (annotation);
  g_assert_cmpuint (g_strv_length (keys), ==, 3);

  json_object_set_string_member (extra, "x-tool", "kept");
  kutip_annotation_set_extra (annotation, extra);
  kutip_annotation_set_id (annotation, "a7");

  copy = kutip_annotation_copy (annotation);
  g_assert_cmpstr (kutip_annotation_get_id (copy), ==, "a7");
  g_assert_cmpstr (kutip_annotation_get_attribute (copy, "kind"), ==, "absolute");
  g_assert_cmpstr (json_object_get_string_member (kutip_annotation_get_extra (copy), "x-tool"),
                   ==, "kept");

  /* The copy's attributes are its own. */
  kutip_annotation_set_attribute (copy, "kind", NULL);
  g_assert_null (kutip_annotation_get_attribute (copy, "kind"));
  g_assert_cmpstr (kutip_annotation_get_attribute (annotation, "kind"), ==, "absolute");

  g_assert_finalize_object (g_steal_pointer (&copy));
  g_assert_finalize_object (g_steal_pointer (&annotation));
}

static void
test_compare_and_overlap (void)
{
  g_autoptr(KutipAnnotation) a = kutip_annotation_new ("claim", 0, 10);
  g_autoptr(KutipAnnotation) b = kutip_annotation_new ("claim", 0, 4);
  g_autoptr(KutipAnnotation) c = kutip_annotation_new ("claim", 2, 3);
  g_autoptr(KutipAnnotation) d = kutip_annotation_new ("claim", 2, 3);

  g_assert_cmpint (kutip_annotation_compare (a, b), <, 0);  /* longer first */
  g_assert_cmpint (kutip_annotation_compare (b, c), <, 0);  /* start first */
  kutip_annotation_set_id (c, "a10");
  kutip_annotation_set_id (d, "a9");
  g_assert_cmpint (kutip_annotation_compare (d, c), <, 0);  /* ids numerically */
  g_assert_cmpint (kutip_annotation_compare (c, d), >, 0);
  g_assert_cmpint (kutip_annotation_compare (c, c), ==, 0);

  g_assert_true (kutip_annotation_overlaps (b, 3, 8));
  g_assert_false (kutip_annotation_overlaps (b, 4, 8));  /* end exclusive */
  g_assert_true (kutip_annotation_overlaps (c, 2, 2));   /* a position inside */
  g_assert_false (kutip_annotation_overlaps (c, 3, 3));
}

static void
test_relation (void)
{
  g_autoptr(KutipRelation) relation = kutip_relation_new ("said-by", "a2", "a1");
  g_autofree char *type = NULL;

  g_assert_cmpstr (kutip_relation_get_rtype (relation), ==, "said-by");
  g_assert_cmpstr (kutip_relation_get_from_id (relation), ==, "a2");
  g_assert_cmpstr (kutip_relation_get_to_id (relation), ==, "a1");
  g_assert_null (kutip_relation_get_id (relation));
  kutip_relation_set_status (relation, KUTIP_STATUS_PENDING);
  g_assert_cmpint (kutip_relation_get_status (relation), ==, KUTIP_STATUS_PENDING);
  g_object_get (relation, "type", &type, NULL);
  g_assert_cmpstr (type, ==, "said-by");
  g_assert_finalize_object (g_steal_pointer (&relation));
}

static void
test_entity (void)
{
  g_autoptr(KutipEntity) entity = kutip_entity_new ("Joe Biden");
  const char * const *mentions;
  guint n, position;

  kutip_entity_add_mention (entity, "a3");
  kutip_entity_add_mention (entity, "a1");
  kutip_entity_add_mention (entity, "a3");  /* once only */
  mentions = kutip_entity_get_mentions (entity, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (mentions[0], ==, "a3");
  g_assert_cmpstr (mentions[1], ==, "a1");
  g_assert_null (mentions[2]);

  kutip_entity_insert_mention (entity, "a2", 1);
  g_assert_true (kutip_entity_find_mention (entity, "a2", &position));
  g_assert_cmpuint (position, ==, 1);
  g_assert_true (kutip_entity_remove_mention (entity, "a3"));
  g_assert_false (kutip_entity_remove_mention (entity, "a3"));
  g_assert_false (kutip_entity_has_mention (entity, "a3"));
  g_assert_cmpstr (kutip_entity_get_mentions (entity, NULL)[0], ==, "a2");

  g_assert_finalize_object (g_steal_pointer (&entity));
}

/* A person named all through a long article: thousands of mentions,
 * added, found at their place and taken out again in any order. */
static void
test_entity_many_mentions (void)
{
  g_autoptr(KutipEntity) entity = kutip_entity_new ("Sri Mulyani");
  GRand *rand = g_rand_new_with_seed (9);
  const guint n = 5000;
  guint count, position;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);

      kutip_entity_add_mention (entity, id);
      kutip_entity_add_mention (entity, id);  /* once only */
    }
  kutip_entity_insert_mention (entity, "a0", 7);  /* already in: nothing moves */
  kutip_entity_get_mentions (entity, &count);
  g_assert_cmpuint (count, ==, n);
  g_assert_true (kutip_entity_find_mention (entity, "a4321", &position));
  g_assert_cmpuint (position, ==, 4321);
  g_assert_false (kutip_entity_has_mention (entity, "a5000"));

  /* Half of them out, at random. */
  for (guint i = 0; i < n / 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", g_rand_int_range (rand, 0, n));

      if (kutip_entity_has_mention (entity, id))
        g_assert_true (kutip_entity_remove_mention (entity, id));
      g_assert_false (kutip_entity_has_mention (entity, id));
      g_assert_false (kutip_entity_remove_mention (entity, id));
    }
  {
    const char * const *mentions = kutip_entity_get_mentions (entity, &count);

    g_assert_cmpuint (count, <, n);
    for (guint i = 0; i < count; i++)
      {
        g_assert_true (kutip_entity_find_mention (entity, mentions[i], &position));
        g_assert_cmpuint (position, ==, i);
        g_assert_true (i == 0 || atoi (mentions[i - 1] + 1) < atoi (mentions[i] + 1));
      }
    g_assert_null (mentions[count]);
  }
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kutip/annotation/properties", test_properties);
  g_test_add_func ("/kutip/annotation/attributes-and-extra", test_attributes_and_extra);
  g_test_add_func ("/kutip/annotation/compare-and-overlap", test_compare_and_overlap);
  g_test_add_func ("/kutip/annotation/relation", test_relation);
  g_test_add_func ("/kutip/annotation/entity", test_entity);
  g_test_add_func ("/kutip/annotation/entity-many-mentions", test_entity_many_mentions);

  return g_test_run ();
}

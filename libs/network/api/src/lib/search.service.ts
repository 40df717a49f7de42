import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  highlightToHtml,
  searchTerms,
  seesOnlyOpenTopics,
} from '@assoc/network-domain';
import { AppError, CurrentMember } from '@assoc/platform-api';
import { DataSource } from 'typeorm';
import { SearchResultModel, SearchResultType } from './search-result.model';

/**
 * The text search configuration and functions are created by the network migration:
 * `public.french_unaccent` is the `french` configuration with the `unaccent` dictionary before the
 * French stemmer (accents, case, plural and conjugation do not matter, and ts_headline can mark the
 * words of the original, accented text); `network_search_text(text)` shows mention tokens as @Name;
 * `network_search_vector(text)` is the immutable document stored in posts' and comments'
 * `searchVector` (a trigger sets it; GIN indexes posts_search and comments_search), and
 * `network_member_search` holds each active member's document and vector (see migration SearchVectors).
 */
const CONFIG = `'public.french_unaccent'::regconfig`;
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, MaxWords=35, MinWords=15, ShortWord=2`;

interface Row {
  id: string;
  postId: string | null;
  membershipId: string;
  title: string;
  createdAt: Date | null;
  rank: number;
  headline: string;
}

/** Search across the posts, comments and directory of the caller's association. */
@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async search(member: CurrentMember, text: string, first: number): Promise<SearchResultModel[]> {
    if (!text.trim()) throw AppError.field('query', 'isNotEmpty');
    const terms = searchTerms(text);
    const [{ query }]: { query: string | null }[] = terms.length
      ? await this.dataSource.query(TSQUERY_SQL, [JSON.stringify(terms)])
      : [{ query: null }];
    // Only stop words ("le", "de"…): nothing to look for.
    if (!query) return [];
    const params = [member.associationId, query, HEADLINE_OPTIONS, seesOnlyOpenTopics(member.role), first];
    const [posts, comments, members] = await Promise.all([
      this.rows(POSTS_SQL, params),
      this.rows(COMMENTS_SQL, params),
      this.rows(MEMBERS_SQL, params),
    ]);
    const tagged = [
      ...posts.map((r) => [SearchResultType.POST, r] as const),
      ...comments.map((r) => [SearchResultType.COMMENT, r] as const),
      ...members.map((r) => [SearchResultType.MEMBER, r] as const),
    ];
    return tagged
      .sort(([, a], [, b]) => b.rank - a.rank || (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0))
      .slice(0, first)
      .map(([type, r]) => ({
        type,
        id: r.id,
        postId: r.postId,
        membershipId: r.membershipId,
        title: r.title,
        createdAt: r.createdAt,
        rank: Number(r.rank),
        snippet: highlightToHtml(r.headline),
      }));
  }

  private rows(sql: string, params: unknown[]): Promise<Row[]> {
    return this.dataSource.query(sql, params);
  }
}

/**
 * Every word must match (AND), through any of its variants (OR), each stemmed by the database:
 * [["organisons","organiser"],["fete"]] → ('organison' | 'organis') & 'fet'. Stop words drop out.
 */
const TSQUERY_SQL = `
SELECT string_agg('(' || alternatives || ')', ' & ') AS query
FROM (
  SELECT (SELECT string_agg(DISTINCT nullif(plainto_tsquery(${CONFIG}, v)::text, ''), ' | ') FROM jsonb_array_elements_text(w.value) v) AS alternatives
  FROM jsonb_array_elements($1::jsonb) w
) words
WHERE alternatives IS NOT NULL`;

const QUERY = `$2::tsquery`;

/*
 * Each part ranks and cuts its matches on its own table first (the GIN index finds them, ts_rank reads
 * the stored vector) and joins the author's name and the highlight for the rows it returns only, so a
 * word found in thousands of posts or members is ranked, not joined, thousands of times.
 */
const POSTS_SQL = `
WITH hits AS (
  SELECT p."id", p."authorMembershipId", p."text", p."createdAt", ts_rank(p."searchVector", q.query) AS "rank", q.query
  FROM posts p
  CROSS JOIN (SELECT ${QUERY} AS query) q
  LEFT JOIN topics t ON t."id" = p."topicId"
  WHERE p."associationId" = $1 AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL
    AND p."searchVector" @@ q.query
    AND (NOT $4::boolean OR t."openToConsultants" IS TRUE)
  ORDER BY "rank" DESC, p."createdAt" DESC
  LIMIT $5
)
SELECT h."id", h."id" AS "postId", h."authorMembershipId" AS "membershipId", u."name" AS "title", h."createdAt", h."rank",
       ts_headline(${CONFIG}, network_search_text(h."text"), h.query, $3) AS "headline"
FROM hits h
JOIN memberships m ON m."id" = h."authorMembershipId"
JOIN users u ON u."id" = m."userId"
ORDER BY h."rank" DESC, h."createdAt" DESC`;

const COMMENTS_SQL = `
WITH hits AS (
  SELECT c."id", c."postId", c."authorMembershipId", c."text", c."createdAt", ts_rank(c."searchVector", q.query) AS "rank", q.query
  FROM comments c
  CROSS JOIN (SELECT ${QUERY} AS query) q
  JOIN posts p ON p."id" = c."postId" AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL
  LEFT JOIN comments parent ON parent."id" = c."parentId"
  LEFT JOIN topics t ON t."id" = p."topicId"
  WHERE c."associationId" = $1 AND c."deletedAt" IS NULL AND c."hiddenAt" IS NULL
    AND (parent."id" IS NULL OR (parent."deletedAt" IS NULL AND parent."hiddenAt" IS NULL))
    AND c."searchVector" @@ q.query
    AND (NOT $4::boolean OR t."openToConsultants" IS TRUE)
  ORDER BY "rank" DESC, c."createdAt" DESC
  LIMIT $5
)
SELECT h."id", h."postId", h."authorMembershipId" AS "membershipId", u."name" AS "title", h."createdAt", h."rank",
       ts_headline(${CONFIG}, network_search_text(h."text"), h.query, $3) AS "headline"
FROM hits h
JOIN memberships m ON m."id" = h."authorMembershipId"
JOIN users u ON u."id" = m."userId"
ORDER BY h."rank" DESC, h."createdAt" DESC`;

/**
 * The directory: active members by shop name, person name, town and description, from
 * network_member_search (the document and its vector, kept by triggers; GIN-indexed).
 */
const MEMBERS_SQL = `
WITH hits AS MATERIALIZED (
  SELECT ms."membershipId", ms."document", ts_rank(ms."vector", q.query) AS "rank", q.query
  FROM network_member_search ms
  CROSS JOIN (SELECT ${QUERY} AS query) q
  WHERE ms."associationId" = $1 AND $4::boolean IS NOT NULL AND ms."vector" @@ q.query
), cut AS (
  -- The rank of the last row shown: rows ranked below it cannot be shown, ties with it are sorted by title.
  SELECT "rank" FROM hits ORDER BY "rank" DESC OFFSET $5 - 1 LIMIT 1
)
SELECT m."id", NULL AS "postId", m."id" AS "membershipId", coalesce(s."name", u."name") AS "title", NULL::timestamptz AS "createdAt",
       h."rank", ts_headline(${CONFIG}, h."document", h.query, $3) AS "headline"
FROM hits h
JOIN memberships m ON m."id" = h."membershipId"
JOIN users u ON u."id" = m."userId"
LEFT JOIN shops s ON s."membershipId" = m."id"
WHERE m."removedAt" IS NULL AND h."rank" >= coalesce((SELECT "rank" FROM cut), 0)
ORDER BY h."rank" DESC, "title"
LIMIT $5`;

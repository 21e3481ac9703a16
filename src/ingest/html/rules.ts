// Every pattern and threshold the HTML extractor uses, in one place (like Readability's REGEXPS).
import type { RemovedKind } from '../../core/types.js';

/** Tags dropped without a trace: they hold code or widgets, not page text. */
export const SILENT_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'link', 'meta',
  'button', 'select', 'input', 'textarea', 'option', 'dialog', 'map', 'audio', 'video', 'source', 'picture',
]);

/** Tags whose text is page chrome; removed with their kind unless they hold the article (see isProtected). */
export const CHROME_TAGS: Readonly<Record<string, RemovedKind>> = {
  nav: 'navigation',
  footer: 'navigation',
  aside: 'related',
  form: 'other',
  header: 'navigation',
  menu: 'navigation',
};

/** ARIA roles that mark chrome. */
export const CHROME_ROLES: Readonly<Record<string, RemovedKind>> = {
  navigation: 'navigation',
  banner: 'navigation',
  contentinfo: 'navigation',
  complementary: 'related',
  search: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  dialog: 'other',
  alertdialog: 'other',
};

/**
 * Boilerplate recognised by class, id or data attributes, tried in order; the first match gives the kind.
 * Each rule names the word boundaries it needs: "share" must not match "shared-content".
 */
export const BOILERPLATE_RULES: readonly { readonly kind: RemovedKind; readonly rule: string; readonly pattern: RegExp; readonly strong?: boolean }[] = [
  { kind: 'cookie', strong: true, rule: 'attr:cookie', pattern: /cookie|consent|gdpr|onetrust|didomi|cmp-container|truste|privacy-banner/i },
  { kind: 'comments', strong: true, rule: 'attr:comments', pattern: /(?:^|[\s_-])(?:comments?|commentlist|comment-list|comments-area|respond|disqus|discussion|replies)(?:$|[\s_-])|disqus|comment_thread|spot-im|spotim|coral-/i },
  { kind: 'share', strong: true, rule: 'attr:share', pattern: /(?:^|[\s_-])(?:share|sharing|shares|sharebar|share-bar|sharetools|social|socials|social-links|addthis|sharethis|sociable|follow-us|whatsapp|print-email)(?:$|[\s_-])|sharedaddy|share-?buttons?|share-?tools|social-?media|social-?share/i },
  { kind: 'newsletter', rule: 'attr:newsletter', pattern: /newsletter|subscri(?:be|ption)|sign-?up|signup|mailing-?list|inline-?offer|donate|membership/i },
  { kind: 'breadcrumb', strong: true, rule: 'attr:breadcrumb', pattern: /breadcrumb/i },
  { kind: 'related', rule: 'attr:related', pattern: /related|recommend|more-?stories|more-?from|read-?next|read-?more|also-?read|outbrain|taboola|trending|most-?popular|most-?read|popular-?posts|you-?may|further-?reading|next-?article|recirc/i },
  { kind: 'caption', rule: 'attr:caption', pattern: /(?:^|[\s_-])(?:caption|captions|credit|credits|image-?credit|photo-?credit|wp-caption-text|figcaption)(?:$|[\s_-])/i },
  { kind: 'navigation', rule: 'attr:navigation', pattern: /(?:^|[\s_-])(?:nav|navbar|navigation|menu|masthead|site-?header|site-?footer|footer|sidebar|skip-?link|skip|pagination|pager|topbar|toolbar|tags|tag-?list|post-?tags|taglist|keywords|author-?bio|about-?author|byline|dateline|meta|post-?meta|entry-?meta|article-?meta|timestamp)(?:$|[\s_-])/i },
  { kind: 'other', rule: 'attr:ad', pattern: /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|ad-?slot|ad-?container|adunit|dfp|gpt|sponsor|sponsored|promo|promotion|banner|popup|modal|overlay|tooltip|popover|hovercard|rollover(?:-[a-z]+)*-block|visually-?hidden|sr-only|screen-?reader-?text|print-?only)(?:$|[\s_-])/i },
];

/**
 * Words that may name a content container ("article-wrapper modal-enabled"); a large element whose class/id has one
 * is not removed by the weaker rules (see BOILERPLATE_RULES' `strong`).
 */
export const MAYBE_CONTENT = /article|body|column|content|main|story|entry|post|text|blog|page/i;

/** Embedded posts (tweets, Instagram) quoted by the article: content, even inside a "social-media-embed" box. */
export const EMBED_ATTR = /(?:^|[\s_-])(?:embed|embedded|twitter-tweet|instagram-media|tiktok-embed|oembed)(?:$|[\s_-])/i;

/** Attribute values that mean the article itself; an element matching one is never removed by class/id. */
export const ARTICLE_ATTR = /(?:^|[\s_-])(?:article-?body|articlebody|article-?content|story-?body|story-?content|entry-?content|post-?content|post-?body|main-?content|content-?body|body-?text|article-?text|rich-?text|page-?content|single-?content)(?:$|[\s_-])/i;

/** Lines in the kept body that are chrome, not article; matched on the whole, whitespace-normalised block text. */
export const JUNK_LINES: readonly { readonly kind: RemovedKind; readonly rule: string; readonly pattern: RegExp }[] = [
  { kind: 'other', rule: 'line:advertisement', pattern: /^(?:advertisement|advertising|publicité|annonce|sponsored|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below)$/i },
  { kind: 'newsletter', rule: 'line:newsletter', pattern: /^(?:sign up|subscribe|inscrivez-vous|abonnez-vous)\b.{0,160}$/i },
  { kind: 'share', rule: 'line:share', pattern: /^(?:share|share this(?: article| story)?|partager|partagez|follow us\b.{0,80}|suivez-nous\b.{0,80}|tweet|email|print)$/i },
  { kind: 'teaser', rule: 'line:read-more', pattern: /^(?:read more|read also|see also|related|lire aussi|à lire aussi|voir aussi|more:|also read)\b.{0,200}$/i },
];

/** Header lines read as metadata rather than article text: bylines, "Updated at 1:23 p.m.", a bare date. */
export const METADATA_LINES = {
  byline: /^(?:by|par|por|von|di)\s+[\p{Lu}][\p{L}.' -]{1,60}(?:(?:\s*[-|,•·]\s*|\s+and\s+|\s+et\s+).{0,80})?$/u,
  stamp: /^(?:published|updated|posted|last updated|first published|modified|publié|mis à jour|actualizado|atualizado)\b.{0,80}$/i,
  // "segunda-feira, 22 de janeiro de 2018 às 0:13", "11/18/19 11:04 PM EST"
  date: /^(?=.{0,70}$)(?=.*\b(?:19|20)\d\d\b|.*\b\d{1,2}\/\d{1,2}\/\d{2,4}\b)(?=.*\b\d{1,2}[:h.]\d{2}\b|.*\b\d{1,2}\b.*\b(?:19|20)\d\d\b)[^.!?]*$/,
  // "Tags" / "Mots-clés :" alone on a line, followed by the list of tags
  tagsHeading: /^(?:tags?|tagged|tagged with|keywords|topics|mots-clés|étiquettes|themen|temas)\s*:?$/i,
  /** Only this many characters: longer lines are prose that happens to start with "By". */
  maxChars: 120,
};

/** Credit lines: "Photo: Jane Doe/AFP", "Crédit : Al Arabiya", "(Getty Images)". */
export const CREDIT_PATTERNS = {
  // "Photo: Jane Doe/AFP", "(Photo Credit : PTI)", "(AP Photo/Jeffrey T. Barnes)", "(Image: © TNG)", "Crédit photo : X"
  photo: /(?:\b(?:photo(?:graph)?s?|image|picture|illustration|crédits?(?:\s+photos?)?|credits?)\b(?:\s+(?:credit|by)\b)?\s*[:/–—-]|\b(?:photo(?:graph)?|image|picture)\s+(?:credit|by)\b|©|\(c\))\s*(?:©\s*)?([^|;()\n:]{2,80}?)\s*\)?\s*$/i,
  agency: /\b(AFP|Reuters|AP|Associated Press|Getty Images|EPA|Shutterstock|Bloomberg|Xinhua|ANSA|dpa|PA Images|Alamy)\b/,
  source: /^(?:source|sources|crédit|credit|with|avec)\s*:\s*(.{2,80})$/i,
};

/** Numeric thresholds. */
export const THRESHOLDS = {
  /** An element holding this share of the body's text is never removed as chrome (it is probably the page wrapper). */
  protectShare: 0.5,
  /** Paragraphs shorter than this (characters) do not count towards the paragraph core. */
  coreMinParagraphChars: 40,
  /** Elements with more text than this (characters) and a MAYBE_CONTENT word escape the weaker class/id rules. */
  maybeContentMinChars: 400,
  /** Elements with more text than this and few links escape the weaker class/id rules, whatever their name. */
  proseMinChars: 1000,
  proseMaxLinkDensity: 0.3,
  /** A block is link-dense when this share of its text is inside links. */
  linkDensity: 0.5,
  /** Link-dense blocks shorter than this (characters) are dropped as teasers. */
  linkBlockMaxChars: 200,
  /** JSON-LD articleBody replaces the extracted text when it is this many times longer and at least jsonLdMinChars. */
  jsonLdLongerRatio: 1.6,
  jsonLdMinChars: 500,
  /** A tag list after a "Tags" heading is at most this long (characters). */
  tagListMaxChars: 500,
  /**
   * Readability slows down sharply with depth (a 400-level nesting takes 2 s, 100 levels 0.3 s); the 181 benchmark pages stay under 50.
   * Deeper documents skip it and keep the cleaned body, and deeper still are not walked at all.
   */
  maxDepthForReadability: 80,
  maxDepth: 2000,
  /** Removed blocks longer than this are cut (characters), to keep `removed` compact. */
  removedMaxChars: 2000,
  /** Removed blocks shorter than this are not recorded (single words like "Menu"). */
  removedMinChars: 2,
} as const;

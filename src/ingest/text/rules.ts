// The boilerplate rules for scraped plain text, as one named table (the Readability way).
// Each rule matches a whole line (trimmed); its example is the line it exists for.
import type { RemovedKind } from '../../core/types.js';

/** A whole-line boilerplate rule. */
export interface LineRule {
  readonly name: string;
  readonly kind: RemovedKind;
  readonly pattern: RegExp;
  /** True when the line opens a reader-comment thread: every later line belongs to it. */
  readonly opensComments?: boolean;
  /** Longest line (in words) the rule applies to: a body sentence can mention "cookies" or "newsletter". */
  readonly maxWords: number;
}

const A = "['’]"; // straight or typographic apostrophe

/** A line saying where the text first appeared; group 1 is the publisher. */
export const ORIGINALLY_PUBLISHED = new RegExp(`^(?:this (?:article|story|post|piece) (?:was )?|cet article (?:a )?)?(?:originally|first|initialement|d${A}abord)\\s+(?:appeared|published|ran|paru|été publié|publié)\\s+(?:at|on|in|by|sur|dans|par)\\s+(.{2,80}?)\\.?$`, 'i');

/** Nouns of images that open a caption crediting its maker. */
const IMAGE_NOUNS = ['rendering', 'render', 'mock-up', 'mockup', 'concept', 'concept art', 'concept image', 'photo', 'photo illustration', 'image', 'illustration', 'infographic', 'graphic', 'picture', 'drawing', 'sketch', 'rendu', 'maquette', 'dessin', 'infographie'];

// "Rendering of the new tablet by Jane Doe": a noun of image (any case), at most 100 characters without a sentence
// end, then "by" or "par" and a capitalised name closing the line (the name's capitals are case-sensitive); no verb.
function creditedImage(): RegExp {
  const anyCase = (w: string): string => w.replace(/\p{L}/gu, (c) => `[${c.toUpperCase()}${c}]`);
  const nouns = [...IMAGE_NOUNS].sort((a, b) => b.length - a.length).map((n) => anyCase(n).replace(/ /g, '\\s+')).join('|');
  // A finite verb makes it a sentence of the body ("A photo was posted by Kim Doe."), not a caption.
  const verb = '(?![^]*\\s(?:is|are|was|were|has|have|had|will|would|est|sont|était|a|ont|été)\\s)';
  return new RegExp(`^${verb}(?:${anyCase('an')}?\\s+|${anyCase('the')}\\s+)?(?:${nouns})s?(?![\\p{L}])[^.!?]{0,100}\\s(?:by|par)\\s+\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}\\.?$`, 'u');
}

/** Lines that are boilerplate wherever they stand. Order matters: the first match names the kind. */
export const LINE_RULES: readonly LineRule[] = [
  // "2 Commentaires", "12 comments", "Commentaires en ligne", "Laisser un commentaire", "Leave a Reply"
  { name: 'comment-count', maxWords: 6, kind: 'comment-chrome', opensComments: true, pattern: /^(\d+|un|une|aucun|no)\s+(commentaires?|comments?|réponses?|replies|réactions?)$/i },
  { name: 'comment-heading', maxWords: 6, kind: 'comment-chrome', opensComments: true, pattern: /^(commentaires?( en ligne)?|comments?|réactions?|leave a (reply|comment)|laisser un commentaire|laissez un commentaire|ajouter un commentaire|add a comment|join the discussion|rejoignez la discussion|inline feedbacks?)\s*:?$/i },
  // "S'abonner", "Notification pour", "guest", "Notify of" (the wpDiscuz comment form)
  { name: 'comment-form', maxWords: 3, kind: 'comment-chrome', opensComments: true, pattern: new RegExp(`^(s${A}abonner|notification pour|notify of|subscribe|guest|invité|connexion|login|log in)$`, 'i') },
  // wpDiscuz's notification choices, and a comment's age: "il y a 2 jours", "3 hours ago"
  { name: 'comment-notify', maxWords: 8, kind: 'comment-chrome', pattern: /^(nouveaux commentaires de suivi|nouvelles réponses à mes commentaires|new follow-up comments|new replies to my comments)$/i },
  { name: 'comment-age', maxWords: 6, kind: 'comment-chrome', pattern: /^(il y a \d+ (secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|\d+ (seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|(hier|aujourd['’]hui|yesterday|today) (à|at) \d{1,2}[h:]\d{2})$/i },
  { name: 'comment-sort', maxWords: 12, kind: 'comment-chrome', pattern: /^((le plus (récent|ancien|populaire|voté)|newest|oldest|most voted|most popular)\s*)+$/i },
  { name: 'comment-view-all', maxWords: 6, kind: 'comment-chrome', pattern: /^(afficher|voir|view|show|load) (tous les|all|more|plus de) (commentaires|comments)$/i },
  { name: 'comment-reply', maxWords: 3, kind: 'comment-chrome', pattern: /^(répondre|reply|signaler|report|j['’]aime|like|\d+\s*(likes?|j'aime))$/i },
  // "Ce site utilise Akismet pour réduire les indésirables."
  { name: 'anti-spam', maxWords: 40, kind: 'moderation', pattern: /\bakismet\b|anti-?spam|réduire les indésirables|reduce spam/i },
  // "La rédaction retirera d'office tout commentaire antisémite, raciste, ..."
  { name: 'moderation-notice', maxWords: 60, kind: 'moderation', pattern: new RegExp(`(retirer[a-z]* (d${A}office )?tout commentaire|commentaires? (sont |est )?(modérés?|soumis à modération)|comments? (are|is) moderated|reserve the right to (remove|delete) (any )?comments?|charte de modération|votre adresse (e-?mail|de messagerie) ne sera pas publiée|your email address will not be published)`, 'i') },
  // "Ce site utilise des cookies ...", "We use cookies to ..."
  { name: 'cookie-notice', maxWords: 60, kind: 'cookie', pattern: /(ce site|this (web)?site|notre site|our site|nous utilisons|we use|en poursuivant|by continuing|vous acceptez|you (agree|accept|consent)).{0,80}\bcookies?\b|\bcookies?\b.{0,80}(vous acceptez|you (agree|accept|consent)|tout accepter|accept all|politique de confidentialité|privacy policy|paramétrer|gérer vos|manage (your )?(preferences|settings))|^(accepter|refuser|tout accepter|accept all|reject all|gérer les cookies|manage cookies|paramétrer les cookies)$/i },
  // "Home » MONDE »", "Accueil > Monde > Europe"
  { name: 'breadcrumb', maxWords: 25, kind: 'breadcrumb', pattern: /^(home|accueil|startseite|inicio|à la une)\s*[»>›|/]|^([^»›\n]{1,40}\s*[»›]\s*){2,}[^»›\n]{0,80}$/i },
  // "Crédit : Al Arabiya", "Crédit photo : ...", "Photo credit: Reuters", "Source : AFP"
  { name: 'credit-line', maxWords: 20, kind: 'credit', pattern: /^\(?\s*(crédits?|credits?|photo credit|crédit photo|crédits photos?|source|sources|copyright|©)\s*(photo|image)?\s*[:：]\s*\S.{0,120}\)?$/i },
  // "Photo : AFP", "(Photo by John Doe/Getty Images)", "Illustration : ...", "© Reuters"
  { name: 'photo-caption', maxWords: 30, kind: 'caption', pattern: /^\(?\s*(photo|image|illustration|vidéo|video|capture d['’]écran|screenshot|picture)\s*(:|by|par)\s*.{0,160}$|^photo d['’]illustration\b|\((image|photo) d['’]illustration\)\.?$|\((photo|image|illustration)\s*[:,]?\s*[^()]{0,40}\)\.?$|^©\s*\S.{0,100}$|\b(getty images|afp photo|reuters\/|ap photo|shutterstock|istock)\b.{0,60}$/i },
  // "Rendering of the new tablet by Jane Doe", "Concept image by John Roe": an image credited to its maker.
  { name: 'credited-image', maxWords: 16, kind: 'caption', pattern: creditedImage() },
  // "Related: Apple's watch changes everything", "Related roundups: ...", "Tags: KGI Securities, Ming-Chi Kuo"
  { name: 'related-line', maxWords: 30, kind: 'related', pattern: /^(?:related(?:\s+(?:roundups?|coverage|reading|stories|articles?|links?|posts?))?|tags?|mots-clés|keywords|topics|sujets|à lire également)\s*[:：]\s*\S/iu },
  // "Découvrez-le ICI", "Lire aussi : ...", "Read more: ..."
  { name: 'teaser', maxWords: 20, kind: 'teaser', pattern: /\b(click|cliquez|tap|appuyez) (here|ici)\b|^(à lire aussi|a lire aussi|lire aussi|lire la suite|voir aussi|à voir aussi|read more|read also|see also|also read|continue reading|click here|cliquez ici|découvrez(-le|-la|-les)?|en savoir plus|learn more|sur le même sujet)\b/i },
  // "Découvrez-le ICI" (capitals: "ici" in a body sentence is not a link)
  { name: 'teaser-ici', maxWords: 20, kind: 'teaser', pattern: /\bICI\s*[!.]?$/ },
  // "Related Articles", "Articles similaires", "Most read"
  { name: 'related-heading', maxWords: 6, kind: 'related', pattern: /^(related (articles?|posts?|stories|content|news)|articles? (similaires|liés|recommandés)|more (stories|from|on this)|most (read|popular)|les plus lus|à la une aussi|you may also like|vous aimerez aussi|recommended)\s*:?$/i },
  // "Partager", "Share on Facebook", "Tweet", "Imprimer"
  // "Share this article: Facebook | X | Email", "Partager : Facebook, Twitter"
  { name: 'share-list', maxWords: 14, kind: 'share', pattern: /^(partager|partagez|share|share this( article| story)?|partager cet article)\s*[:：]\s*(facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|courriel|copier le lien|copy link)([\s,|·•]+(facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|courriel|copier le lien|copy link))*\s*$/i },
  { name: 'share-buttons', maxWords: 12, kind: 'share', pattern: /^((partager|share|tweet|tweeter|imprimer|print|e-?mail|envoyer|copier le lien|copy link)( (sur|on|this|cet article|this article) ?\w*)?|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit)(\s*[|·•]\s*(facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|partager|share))*$/i },
  // "Inscrivez-vous à notre newsletter", "Sign up for our newsletter"
  // "Follow Reuters on Twitter.", "Like Us On Facebook | Follow Us On Twitter | Contact The Author", "Suivez-nous sur X"
  { name: 'follow-us', maxWords: 16, kind: 'share', pattern: /^(?:follow|like|suivez|rejoignez)(?:-nous|\s+\S+(?:\s+\S+){0,3}?)\s+(?:on|sur)\s+(?:facebook|twitter|x|instagram|linkedin|youtube|tiktok|telegram|threads|bluesky|mastodon)\b[.!]?(?:\s*[|·•]\s*[^|·•]{1,40}){0,4}$/i },
  // "Scroll down for video", "Faites défiler pour la vidéo"
  { name: 'scroll-for', maxWords: 8, kind: 'teaser', pattern: /^(?:scroll down for (?:video|more|the video)|faites défiler (?:pour|vers le bas))\b.{0,30}$/i },
  // "This article originally appeared at Reuters.", "Cet article a d'abord été publié par Le Monde": where the text comes from.
  { name: 'originally-published', maxWords: 16, kind: 'credit', pattern: ORIGINALLY_PUBLISHED },
  { name: 'newsletter', maxWords: 20, kind: 'newsletter', pattern: /\b(newsletter|lettre d['’]information|lettre quotidienne)\b.{0,80}$|\b(abonnez-vous|inscrivez-vous)\b|^(subscribe to|sign up for)\b/i },
];

/** Inline credits at the end of a paragraph: "... contre l'Occident. ( Crédit : Al Arabiya)". */
export const INLINE_CREDIT = /\s*\(\s*(crédits?|credits?|source|sources)\s*[:：]\s*([^()]{2,80}?)\s*\)\s*$/i;

/** A credit line's name part: "Crédit photo : extrait des émissions d'Elad TV" -> the text after the colon. */
export const CREDIT_NAME = /^\(?\s*(?:crédits?|credits?|photo credit|crédit photo|crédits photos?|source|sources|copyright|©)\s*(photo|image)?\s*[:：]\s*(.+?)\)?$/i;

/** A header line carrying metadata: "date 2024-09", "Publié le 21 mars 2023", "By Jane Doe". */
export const HEADER_DATE = /^\s*(?:date|dated|publié(?:e)?(?: le)?|published(?: on)?|mis à jour(?: le)?|updated(?: on)?|posted(?: on)?)\s*[:：]?\s*((?:\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)|(?:\d{1,2}(?:er)?\s+\p{L}+\.?\s+\d{4})|(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}[/.]\d{1,2}[/.]\d{4}))\b[\s,.;:–-]*/iu;

/** "Par Jean Dupont", "By Jane Doe": an author line (two to four capitalised words). */
export const AUTHOR_LINE = /^(?:[Pp]ar|[Bb]y|PAR|BY)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+(?:de |van |von |le |la )?\p{Lu}[\p{L}'’.-]+){1,3})(?:\s*[,|–-]\s*(.{2,60}))?$/u;

/** A commenter's name line in a thread: one to four words, starting with a capital, no sentence punctuation. */
export const COMMENTER_NAME = /^(?:\p{Lu}[\p{L}\p{N}'’._-]*|[\p{L}\p{N}._-]+\d+)(?:\s+[\p{L}\p{N}'’._-]+){0,3}$/u;

/** Scripts that mark a line as written in another writing system (a translated title, a foreign caption). */
export const OTHER_SCRIPT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]/gu;

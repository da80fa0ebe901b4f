"""Chrome recognised by patterns: the CP1xx rules.

Each pattern is matched against a *whole* block (white space folded, ends stripped), so a sentence
that merely mentions subscribing or sharing is never caught by a prompt pattern. Patterns are
grouped by rule and language; each says what it catches and what it could wrongly catch. All of
them are compiled into one alternation (one pass per block is several times faster than a loop).
Timestamps are recognised by :func:`is_timestamp`, which checks that a line holds nothing but
date and time words, so a time inside a sentence stays.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import regex

from .stopwords import ALL

# A commenter's name or handle: one to four tokens ("jdoe", "Milan Griffes", "Catherine (GiveWell)").
_HANDLE = r"[\w.@()-]+(?:\s+[\w.@()-]+){0,3}"
# A name: one to four capitalised words ("Jane Doe", "J. R. R. Tolkien", "Koh Gui Qing").
_NAME = r"(?-i:\p{Lu}[\p{L}'’.-]*\.?)(?:\s+(?:(?-i:\p{Lu}[\p{L}'’.-]*\.?)|de|da|van|von|der|di|du|la|le)){0,4}"
_NAMES = rf"{_NAME}(?:\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b)\s*{_NAME})*"
#: The Devanagari letters with a nukta that have a code point of their own ("ढ़", U+095D), and
#: the letter and nukta that Unicode normalises each to (NFC keeps them apart).
_NUKTA_LETTERS = {unicodedata.normalize("NFC", chr(c)): chr(c) for c in range(0x958, 0x960)}


def _nukta(pattern: str) -> str:
    """``pattern``, written with Devanagari letters and their nukta apart (as the CP402 repair
    leaves them), matching each such letter typed as one code point too: a page cleaned with
    ``--no-canonical`` keeps its own."""
    for pair, one in _NUKTA_LETTERS.items():
        pattern = pattern.replace(pair, f"(?:{pair}|{one})")
    return pattern


_SOCIAL = (r"(?:facebook|twitter|x|instagram|linkedin|whatsapp|reddit|pinterest|tumblr|flipboard|stumbleupon|digg|"
           r"telegram|vk|vkontakte|odnoklassniki|ok|youtube|tiktok|snapchat|messenger|pocket|mix|"
           r"google\+?|rss|e-?mail|email|sms|threads|mastodon|bluesky|xing|viber|line|weibo|wechat|"
           # the same networks as Chinese, Korean and Arabic pages write them
           r"微信|微博|페이스북|트위터|카카오톡|카카오스토리|네이버\s*블로그|فيسبوك|تويتر|واتساب|تيليجرام|"
           # and Hindi
           + _nukta(r"फेसबुक|फ़ेसबुक|ट्विटर|व्हाट्सएप|व्हाट्सऐप|इंस्टाग्राम|लिंक्डइन|टेलीग्राम|यूट्यूब|ईमेल") + ")")

# The labels of navigation links, account links and site pages.
_NAV = (r"(?:skip\s+to\s+(?:main\s+)?(?:content|navigation)|back\s+to\s+top|(?:main\s+)?menu|toggle\s+navigation|"
        r"search(?:\s+icon)?|close|open|next|previous|prev|back|home(?:page)?|go\s+back|next\s+(?:article|post|story|episode)|"
        r"previous\s+(?:article|post|story|episode)|back\s+to\s+(?:gallery|article|home)|my\s+account|log\s*out|"
        r"sign\s+out|create\s+(?:an\s+)?account|contact(?:\s+us)?|about(?:\s+us)?|privacy(?:\s+(?:policy|notice))?|"
        r"privacy\s+(?:&|and)\s+cookies?\s+policy|cookies?\s+policy|"
        r"terms(?:\s+of\s+(?:use|service))?|terms\s+(?:&|and)\s+conditions|sitemap|site\s+map|careers|"
        r"help|faq|more|show\s+more|load\s+more|loading|see\s+more|view\s+all|see\s+all|read\s+more|continue\s+reading|"
        # Documentation sites' (Sphinx, Read the Docs, MkDocs, Docusaurus) sidebars and page links.
        r"(?:next|previous)\s+(?:topic|chapter|section)|this\s+page|show\s+source|view\s+(?:page\s+)?source|"
        r"quick\s+search|initializing\s+search|edit\s+on\s+(?:github|gitlab|bitbucket)|edit\s+this\s+page|"
        r"improve\s+this\s+page|on\s+this\s+page|table\s+of\s+contents|contents|navigation|index|modules|"
        # A US broadcaster's regulatory links.
        r"(?:eeo|fcc)(?:\s+public)?\s+(?:file|report)s?(?:\s+reports?)?|public\s+(?:inspection\s+)?file)")

# A comment's buttons alone. They also follow posts and images embedded in articles, so, unlike
# the rest of CP115, they do not end the body (see SECTION_END).
_COMMENT_BUTTONS = (r"(?:reply|report|flag|like|antworten|répondre|responder|ответить|rispondi|"
                    # a forum post's buttons
                    r"quote|reply\s+with\s+quote|multi-?quote|post\s+reply|quick\s+reply|zitieren|citer|citar|цитировать|"
                    # a Q&A post's
                    r"improve\s+this\s+(?:question|answer)|show\s+\d+\s+more\s+comments?)"
                    r"(?:\s+(?:to\s+this\s+comment|↓))?\W*")

# The small print of a comment form, as blog software prints it under every post in the site's
# language; a block made only of such notes ("Your email address will not be published. Required
# fields are marked *"). Each note is a whole sentence of the form's, not words an article uses.
# One pattern a language: a page in one language compiles only its own.
_COMMENT_FORM_NOTES = {
    "en": (
        r"your\s+e-?mail(?:\s+address)?\s+will\s+not\s+be\s+(?:published|shared|displayed)|"
        r"required\s+fields\s+are\s+(?:marked|indicated)(?:\s+with)?(?:\s+an\s+asterisk)?\s*\(?\*?\)?|"
        r"save\s+my\s+name,?\s+e-?mail,?\s+and\s+website\s+in\s+this\s+browser\s+for\s+the\s+next\s+time\s+"
        r"i\s+comment|"
        r"notify\s+me\s+(?:of|when)\s+(?:new\s+|follow-up\s+)?(?:comments|posts|replies)(?:\s+are\s+"
        r"(?:added|posted))?(?:\s+(?:by|via)\s+e-?mail)?|"
        r"you\s+must\s+be\s+(?:logged|signed)\s+in\s+to\s+post\s+a\s+comment|cancel\s+reply|"
        r"(?:submit|post)\s+(?:your\s+)?comment|this\s+site\s+uses\s+akismet\s+to\s+reduce\s+spam|"
        r"learn\s+how\s+your\s+comment\s+data\s+is\s+processed|"
        r"lines\s+and\s+paragraphs\s+break\s+automatically|"
        r"your\s+comment\s+is\s+awaiting\s+moderation|(?:all\s+)?comments\s+are\s+moderated(?:\s+before\s+(?:they\s+(?:appear|are\s+"
        r"published)|publication))?"),
    "de": (
        r"(?:deine|ihre)\s+e-?mail-?adresse\s+wird\s+nicht\s+veröffentlicht|"
        r"(?:erforderliche\s+felder|pflichtfelder)\s+sind\s+(?:mit\s*\*?\s*)?(?:markiert|gekennzeichnet)(?:\s*\*)?|"
        r"meinen\s+namen,?\s+(?:meine\s+)?e-?mail(?:-adresse)?\s+und\s+(?:meine\s+)?website\s+in\s+diesem\s+"
        r"browser\s+speichern,?\s+bis\s+ich\s+wieder\s+kommentiere|"
        r"benachrichtige\s+mich\s+über\s+(?:nachfolgende|neue)\s+(?:kommentare|beiträge)(?:\s+(?:via|per)\s+"
        r"e-?mail)?|"
        r"du\s+musst\s+angemeldet\s+sein,?\s+um\s+einen\s+kommentar\s+(?:abzugeben|zu\s+schreiben|zu\s+"
        r"veröffentlichen)|"
        r"(?:bitte\s+)?melden\s+sie\s+sich\s+an,?\s+um\s+zu\s+kommentieren|antwort(?:en)?\s+abbrechen|"
        r"kommentar\s+(?:abschicken|absenden)|"
        r"diese\s+(?:website|webseite|seite)\s+verwendet\s+akismet,?\s+um\s+spam\s+zu\s+reduzieren|"
        r"erfahre\s+mehr\s+darüber,?\s+wie\s+deine\s+kommentardaten\s+verarbeitet\s+werden|"
        r"zeilenumbrüche\s+und\s+absätze\s+werden\s+automatisch\s+erzeugt|"
        r"(?:dein|ihr)\s+kommentar\s+(?:muss|wird)\s+(?:noch\s+)?(?:freigeschaltet|moderiert|geprüft)(?:\s+werden)?|"
        r"(?:alle\s+)?kommentare\s+werden\s+moderiert"),
    "fr": (
        r"votre\s+adresse\s+(?:e-?mail|de\s+messagerie|courriel)\s+ne\s+sera\s+pas\s+publiée|"
        r"les\s+champs\s+obligatoires\s+sont\s+(?:indiqués|marqués)(?:\s+avec)?\s*\*?|"
        r"enregistrer\s+mon\s+nom,?\s+(?:mon\s+)?e-?mail\s+et\s+(?:mon\s+)?site(?:\s+web)?\s+dans\s+"
        r"(?:le|ce)\s+navigateur\s+pour\s+mon\s+prochain\s+commentaire|"
        r"prévenez-moi\s+de\s+tous\s+les\s+nouveaux\s+(?:commentaires|articles)(?:\s+par\s+e-?mail)?|"
        r"vous\s+devez\s+(?:être\s+connecté|vous\s+connecter)\s+pour\s+publier\s+un\s+commentaire|"
        r"annuler\s+la\s+réponse|(?:publier|envoyer)\s+(?:le\s+)?commentaire|"
        r"ce\s+site\s+utilise\s+akismet\s+pour\s+réduire\s+les\s+indésirables|"
        r"en\s+savoir\s+plus\s+sur\s+la\s+façon\s+dont\s+les\s+données\s+de\s+vos\s+commentaires\s+sont\s+"
        r"(?:utilisées|traitées)|votre\s+commentaire\s+est\s+en\s+attente\s+de\s+modération|"
        r"les\s+commentaires\s+sont\s+modérés"),
    "es": (
        r"(?:tu|su)\s+(?:dirección\s+de\s+)?correo(?:\s+electrónico)?\s+no\s+(?:será|se)\s+publica(?:da|do|rá)|"
        r"los\s+campos\s+obligatorios\s+están\s+marcados(?:\s+con)?\s*\*?|"
        r"guarda\s+mi\s+nombre,?\s+correo\s+electrónico\s+y\s+web\s+en\s+este\s+navegador\s+para\s+la\s+"
        r"próxima\s+vez\s+que\s+comente|"
        r"recibir\s+un\s+correo\s+electrónico\s+con\s+los\s+siguientes\s+comentarios\s+a\s+esta\s+entrada|"
        r"avísame\s+por\s+correo\s+electrónico\s+(?:de|cuando\s+haya)\s+nuev[oa]s\s+(?:entradas|comentarios)|"
        r"debes\s+(?:iniciar\s+sesión|estar\s+registrado)\s+para\s+(?:publicar|escribir)\s+un\s+comentario|"
        r"cancelar\s+respuesta|publicar\s+(?:el\s+)?comentario|"
        r"este\s+sitio\s+usa\s+akismet\s+para\s+reducir\s+el\s+spam|"
        r"aprende\s+cómo\s+se\s+procesan\s+los\s+datos\s+de\s+tus\s+comentarios|"
        r"tu\s+comentario\s+está\s+(?:pendiente\s+de|esperando)\s+moderación|los\s+comentarios\s+(?:están|son)\s+moderados"),
    "pt": (
        r"(?:o\s+)?seu\s+(?:endereço\s+de\s+)?e-?mail\s+não\s+será\s+publicado|"
        r"(?:os\s+)?campos\s+obrigatórios\s+(?:são|estão)\s+marcados(?:\s+com)?\s*\*?|"
        r"salvar\s+meus\s+dados\s+neste\s+navegador\s+para\s+a\s+próxima\s+vez\s+que\s+eu\s+comentar|"
        r"notifique-me\s+(?:sobre|de)\s+(?:novos\s+comentários|novas\s+publicações|novos\s+posts)(?:\s+por\s+"
        r"e-?mail)?|"
        r"você\s+precisa\s+(?:fazer\s+o\s+login|estar\s+logado|estar\s+conectado)\s+para\s+publicar\s+um\s+"
        r"comentário|"
        r"cancelar\s+resposta|(?:publicar|enviar)\s+comentário|"
        r"este\s+site\s+(?:utiliza|usa)(?:\s+o)?\s+akismet\s+para\s+reduzir\s+(?:o\s+)?spam|"
        r"saiba\s+como\s+seus\s+dados\s+de\s+comentários\s+são\s+processados|"
        r"seu\s+comentário\s+está\s+aguardando\s+moderação|os\s+comentários\s+são\s+moderados"),
    "ru": (
        r"ваш\s+(?:адрес\s+)?(?:email|e-mail|электронной\s+почты)\s+не\s+будет\s+опубликован|"
        r"обязательные\s+поля\s+помечены\s*\*?|"
        r"сохранить\s+моё\s+имя,?\s+email\s+и\s+адрес\s+сайта\s+в\s+этом\s+браузере\s+для\s+последующих\s+"
        r"моих\s+комментариев|"
        r"уведомлять\s+(?:меня\s+)?о\s+новых\s+(?:комментариях|записях)(?:\s+по\s+(?:почте|email|e-mail))?|"
        r"для\s+отправки\s+комментария\s+вам\s+необходимо\s+авторизоваться|отменить\s+ответ|"
        r"отправить\s+комментарий|этот\s+сайт\s+использует\s+akismet\s+для\s+борьбы\s+со\s+спамом|"
        r"узнайте,?\s+как\s+обрабатываются\s+ваши\s+данные\s+комментариев|ваш\s+комментарий\s+ожидает\s+модерации|"
        r"комментарии\s+модерируются"),
    "it": (
        r"il\s+tuo\s+indirizzo\s+e-?mail\s+non\s+sarà\s+pubblicato|"
        r"i\s+campi\s+obbligatori\s+sono\s+contrassegnati(?:\s+con)?\s*\*?|"
        r"devi\s+(?:essere\s+connesso|effettuare\s+il\s+login)\s+per\s+(?:inviare|pubblicare)\s+un\s+commento|"
        r"scopri\s+come\s+vengono\s+elaborati\s+i\s+dati\s+derivati\s+dai\s+commenti|annulla\s+risposta|"
        r"questo\s+sito\s+usa\s+akismet\s+per\s+ridurre\s+lo\s+spam|"
        r"il\s+tuo\s+commento\s+è\s+in\s+attesa\s+di\s+moderazione|i\s+commenti\s+sono\s+moderati"),
}

# The heading that opens the comments under an article: the comments come after the article, so
# the body is looked for before it first (see boilerplate.find_body).
_CANCEL_REPLY = (r"(?:\W+(?:cancel\s+reply|antworten\s+abbrechen|annuler\s+la\s+réponse|cancelar\s+respuesta|"
                 r"cancelar\s+resposta|отменить\s+ответ|annulla\s+risposta))?\W*")
_COMMENTS_OPENERS = (
    r"(?:\d+\s+comments?|leave\s+a\s+(?:reply|comment)|(?:post|add|write)\s+a\s+comment|"
    r"join\s+the\s+(?:conversation|discussion)|\d+\s+(?:responses|replies|thoughts)\s+(?:to|on)\s+.{1,160}|"
    r"reader\s+comments|comments\s+are\s+closed|discussion\s+about\s+this\s+(?:post|article|story)|tell\s+us\s+what\s+you\s+think|no\s+comments(?:\s+yet)?|"
    r"be\s+the\s+first\s+to\s+comment|discuss\s+this\s+(?:article|story|post)(?:\s+on\s+.{1,40})?|"
    r"(?:top|most|best|highest)[\s-]+(?:rated|liked|voted|recent|popular)?\s*comments|"
    r"[\[(]\s*\d+\s+comments?\s*[\])]|"
    # A forum topic's summary under its first post (Discourse: "created", a date, "last reply").
    r"last\s+reply|"
    # A thread closed to replies: "Archived post. New comments cannot be posted and votes cannot be
    # cast." (Reddit), "This topic was automatically closed 30 days after the last reply."
    r"(?:archived\s+post|this\s+(?:thread|topic|post|discussion)\s+(?:is|was|has\s+been)\s+(?:automatically\s+)?"
    r"(?:archived|locked|closed)(?:\s+(?:\d+\s+\w+\s+)?(?:after|on|by|since|due\s+to)\s+[^.!?,]{1,60})?)\.?(?:\s*new\s+(?:comments|replies)\s+(?:cannot\s+be\s+posted|"
    r"are\s+no\s+longer\s+allowed)(?:\s+and\s+votes\s+cannot\s+be\s+cast)?\.?)?|"
    # A shop's reviews under the product, in the languages we cover.
    r"customer\s+reviews|(?:top|most\s+helpful|most\s+recent|latest|guest|traveller|traveler)\s+reviews|"
    r"(?:filter|sort|search)\s+reviews|(?:reviews|ratings)\s+(?:and|&)\s+"
    r"(?:ratings|reviews)|there\s+are\s+no\s+reviews\s+yet|be\s+the\s+first\s+to\s+review\b.{0,120}|"
    r"kundenrezensionen|kundenbewertungen|avis\s+(?:des\s+)?clients|opiniones\s+de\s+(?:los\s+)?clientes|"
    r"avaliações\s+de\s+clientes|отзывы\s+покупателей|recensioni\s+(?:dei\s+)?clienti)" + _CANCEL_REPLY,
    # The same headings as WordPress, Blogger and Drupal print them in the other languages we cover.
    r"(?:hinterlasse\s+(?:eine\s+antwort|einen\s+kommentar)|schreibe\s+einen\s+kommentar|"
    r"kommentar\s+(?:schreiben|verfassen|hinzufügen)|kommentare\s+schreiben|"
    r"(?:noch\s+)?keine\s+kommentare(?:\s+vorhanden)?|(?:die\s+)?kommentare\s+(?:sind\s+)?geschlossen|"
    r"(?:die\s+)?kommentarfunktion\s+(?:ist\s+)?(?:geschlossen|deaktiviert)|diskutieren\s+sie\s+mit|"
    r"laisser\s+(?:un\s+commentaire|une\s+réponse)|(?:écrire|ajouter|rédiger)\s+un\s+commentaire|"
    r"les\s+commentaires\s+sont\s+fermés|(?:aucun|pas\s+de)\s+commentaires?|"
    r"(?:deja|dejar)\s+(?:una\s+respuesta|un\s+comentario)|escribe\s+un\s+comentario|"
    r"(?:los\s+)?comentarios\s+(?:están\s+)?cerrados|(?:sin|no\s+hay)\s+comentarios|"
    r"deixe\s+(?:uma\s+resposta|um\s+comentário|seu\s+comentário)|escreva\s+um\s+comentário|"
    r"(?:os\s+)?comentários\s+(?:estão\s+)?(?:encerrados|fechados)|nenhum\s+comentário|"
    r"(?:добавить|оставить|оставьте|написать|напишите)\s+(?:комментарий|отзыв)|комментарии\s+закрыты|"
    r"(?:нет|пока\s+нет)\s+комментариев|"
    r"lascia\s+(?:un\s+commento|una\s+risposta)|(?:i\s+)?commenti\s+sono\s+chiusi|"
    r"plaats\s+een\s+reactie|laat\s+een\s+reactie\s+achter|geef\s+een\s+reactie|"
    r"(?:dodaj|napisz|zostaw)\s+komentarz|skomentuj|yorum\s+(?:yap|yaz)|bir\s+yanıt\s+yazın|yorumunuzu\s+yazın|"
    r"(?:додати|залишити|напишіть)\s+коментар|"
    # cs, sk, sv, da, no, fi, ro, hu, el, vi
    r"(?:napsat|přidat|vložit)\s+komentář|(?:napísať|pridať)\s+komentár|(?:lämna|skriv)\s+en\s+kommentar|"
    r"(?:skriv|efterlad|legg\s+igjen)\s+en\s+kommentar|kirjoita\s+kommentti|jätä\s+kommentti|"
    r"(?:lasă|adaugă|scrie)\s+un\s+comentariu|(?:szólj\s+hozzá|írj\s+hozzászólást|hozzászólás\s+írása)|"
    r"(?:αφήστε|γράψτε|προσθέστε)\s+(?:ένα\s+)?σχόλιο|(?:viết|gửi)\s+bình\s+luận|"
    # hi, th
    r"अपनी\s+टिप्पणी\s+(?:लिखें|दें)|टिप्पणी\s+(?:करें|लिखें)|कमेंट\s+करें|แสดงความคิดเห็น)"
    + _CANCEL_REPLY,
    # "12 Kommentare zu „Titel“": apart, since every block opening with a digit tries it.
    r"\d+\s+(?:(?:kommentare|antworten|gedanken)\s+(?:zu|auf)|(?:commentaires|réponses|réflexions)\s+(?:sur|à)|"
    r"(?:comentarios|respuestas)\s+(?:en|a|sobre)|(?:comentários|respostas)\s+(?:em|para|sobre)|"
    r"(?:комментари\w*|ответ\w*)\s+(?:на|к))\s+.{1,160}" + _CANCEL_REPLY,
)

# A labelled credit or caption, as the BBC prints them between an article's paragraphs: "Image
# copyright Reuters", "Image caption Assange gestures…", "Media caption Who is Julian Assange?".
# It carries its own label (Match.captioned): it weighs nothing in the body, and no block beside
# it is its caption.
_LABELLED_CREDIT = r"(?:image|photo|picture|media|video)\s+(?:copyright|caption)\s+.{1,300}"

# The headings of a "read also" box, which also stands in mid-article with the article going on
# after it (see boilerplate.inline_boxes); "Most read" and "Comments" open what follows one.
# The heading over a Q&A page's answers: "47 Answers", "2 respuestas". The answers are content.
_ANSWERS = (r"[\d.,]+\s*[kKmM]?\s+(?:answers?|respuestas?|réponses?|respostas?|antworten|ответ(?:а|ов)?|risposte)"
            r"(?:\s+sorted\s+by\s*:?.{0,40})?\W*")

# A Q&A post's date; its author's name follows it.
_POST_DATE = r"(?:asked|answered|edited|modified|active)\s+(?=[^.!?]*\d)[^.!?]{2,40}?(?:\s+at\s+\d{1,2}:\d\d|\s+ago)"

# A forum post's author line: "Post by harbourjim » Mon Oct 14, 2019 8:12 am" (phpBB). The
# first stands over the thread's first post, as a byline does; the others open its replies.
_FORUM_POST = r"(?:post\s+)?by\s+[^\s»]{1,40}(?:\s+[^\s»]{1,40}){0,3}\s+»\s+(?=[^.!?]*\d)[^.!?]{4,60}"

# A forum post's number alone ("#2"), as XenForo, vBulletin and others print it in every post's
# head, or an issue tracker's comment head ("commented Nov 3, 2026", GitHub's): the second opens
# the replies, as a second author line does (Match.forum_post).
_POST_NUMBER = (r"(?:post\s+)?#\s?\d{1,5}|commented\s+(?:on\s+)?(?=[^!?]{0,12}\d)[\w\s,.:]{4,40}?"
                r"(?:\s*[•·]\s*edited(?:\s+by\s+[\w.-]{1,40})?)?")

# A forum post's head: the poster's rank and counts, the thread's starter and date ("Well-known
# member", "Joined", "Messages", "Reaction score", "Thread starter"), and a quotation's expander
# ("Click to expand..."). They stand in every post, the first one's too: no section ends there.
_POST_HEAD = (r"(?:(?:new|active|well-known|senior|junior|registered|valued|established|banned)\s+member|"
              r"super\s+moderator|moderator|administrator|staff\s+member|thread\s+starter|start\s+date|joined|"
              r"reaction\s+score|likes\s+received|trophy\s+points|messages|posts|"
              # XenForo's in the other languages we cover
              r"(?:aktives\s+|neues\s+)?mitglied|registriert(?:\s+seit)?|beiträge|reaktionspunkte|themenstarter|"
              r"(?:nouveau\s+|membre\s+)?membre(?:\s+actif)?|inscrit|points\s+de\s+réaction|auteur\s+de\s+la\s+discussion|"
              r"(?:nuevo\s+)?miembro(?:\s+activo)?|registrado|mensajes|puntuación\s+de\s+reacciones|"
              r"(?:novo\s+)?membro(?:\s+ativo)?|mensagens|пользователь|регистрация|сообщения|"
              r"реакции|iscritto|messaggi)\s*:?\s*(?:[\d.,]+\s*[km]?)?|"
              r"click\s+to\s+(?:expand|shrink)\s*(?:\.{0,3}|…)|zum\s+(?:erweitern|vergrößern)\s+klicken\s*(?:\.{0,3}|…)|"
              r"cliquez\s+pour\s+(?:agrandir|développer)\s*(?:\.{0,3}|…)|haz\s+clic\s+para\s+expandir\s*(?:\.{0,3}|…)|"
              r"clique\s+para\s+expandir\s*(?:\.{0,3}|…)|нажмите\s+для\s+раскрытия\s*(?:\.{0,3}|…)|"
              r"clicca\s+per\s+espandere\s*(?:\.{0,3}|…)")

_READ_ALSO = (
    r"(?:read\s+also|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|coverage|content|reading|links?))?|"
    r"lesen\s+sie\s+auch|mehr\s+zum\s+thema|auch\s+interessant|(?:[àa]\s+)?lire\s+aussi|voir\s+aussi|"
    r"sur\s+le\s+même\s+sujet|(?:también\s+)?te\s+puede\s+interesar|le[ea]\s+tambi[eé]n|leia\s+também|"
    r"veja\s+tamb[eé]m|читайте\s+также|смотрите\s+также|leggi\s+anche|baca\s+juga|اقرأ\s+أيضا[ًً]?|"
    r"lees\s+ook|zie\s+ook|(?:czytaj|zobacz|przeczytaj)\s+(?:też|także|również)|ayrıca\s+(?:okuyun|bakınız)|"
    r"ilgili\s+haber(?:ler)?|(?:читайте|дивіться)\s+також|"
    r"(?:čtěte|přečtěte\s+si)\s+(?:také|též)|čítajte\s+(?:aj|tiež)|související\s+články|"
    r"súvisiace\s+články|läs\s+(?:också|även|mer)|relaterade\s+artiklar|læs\s+(?:også|mere)|relaterede\s+artikler|"
    r"les\s+også|relaterte\s+artikler|lue\s+myös|aiheeseen\s+liittyvät(?:\s+artikkelit)?|citește\s+(?:și|mai\s+mult)|"
    r"articole\s+(?:similare|asemănătoare)|(?:olvassa|olvasd)\s+el\s+ezt\s+is|kapcsolódó\s+cikkek|"
    r"διαβάστε\s+(?:επίσης|ακόμη)|σχετικά\s+άρθρα|xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|bài\s+viết\s+liên\s+quan|"
    # hi: "यह भी पढ़ें", "संबंधित खबरें"
    + _nukta(r"(?:यह|ये|इसे|इन्हें)\s+भी\s+(?:पढ़ें|पढ़िए|देखें)|संबंधित\s+(?:खबरें|ख़बरें|खबर|समाचार|लेख|पोस्ट|वीडियो)") + "|"
    # th: "อ่านเพิ่มเติม", "ข่าวที่เกี่ยวข้อง"
    r"อ่านเพิ่มเติม|อ่านต่อ|ข่าวที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง|บทความที่เกี่ยวข้อง|"
    # fa: "بیشتر بخوانید", "اخبار مرتبط"; he: "קראו עוד", "כתבות נוספות"
    r"بیشتر\s+بخوانید|بخوانید|(?:اخبار|مطالب|خبرهای)\s+مرتبط|קראו\s+(?:עוד|גם)|כתבות\s+(?:נוספות|קשורות))\W*")

# An amount of money: "$24.90", "€ 19,99", "1 299 ₽", "24,90 EUR", "R$ 59,90".
_MONEY = (r"(?:(?:[$€£¥₹₽]|r\$|us\$|a\$|c\$)\s?\d{1,3}(?:[.,\s]?\d{3})*(?:[.,]\d{1,2})?|"
          r"\d{1,3}(?:[.,\s]?\d{3})*(?:[.,]\d{1,2})?\s?(?:[$€£¥₹₽]|руб\.?|р\.|zł|kč|usd|eur|gbp|chf))")

# A price alone, or the old and new prices: "$24.90", "Was $34.95", "€ 19,99", "1 299 ₽".
_PRICE = regex.compile(
    rf"(?:(?:was|now|from|only|sale|price|regular\s+price|sale\s+price|list\s+price|our\s+price|rrp|msrp|"
    rf"preis|statt|ab|nur|uvp|prix|dès|precio|antes|ahora|preço|por|цена|prezzo)\s*:?\s*)?"
    rf"{_MONEY}(?:\s*[-–]\s*{_MONEY})?(?:\s*\(?\s*[-−]\s*\d{{1,2}}\s*%\s*\)?)?"
    rf"(?:\s*(?:incl\.?|inkl\.?|excl\.?|zzgl\.?|ttc|ht|iva\s+incluido|с\s+ндс)\s*(?:vat|mwst|tax|iva)?\.?)?\W*",
    regex.IGNORECASE)


def is_price(flat: str) -> bool:
    """Whether a block is a price alone ("$24.90", "Was $34.95", "€ 19,99"). It is no chrome: a
    deals article's items carry their prices, which stay with them in the body, while a product
    page's price over its description goes with what is around it (see boilerplate.INLINE).

    >>> is_price("$24.90"), is_price("Was $34.95"), is_price("1 299 ₽"), is_price("It costs $24.90.")
    (True, True, True, False)
    """
    return len(flat) <= 60 and _CURRENCY.search(flat) is not None and _PRICE.fullmatch(flat) is not None


# What every price holds: a cheap test (in C) before the pattern, which most lines never meet.
_CURRENCY = re.compile(r"[$€£¥₹₽]|\d\s?(?:руб|р\.|zł|kč|usd|eur|gbp|chf)", re.IGNORECASE)


PATTERNS: dict[str, list[str]] = {
    # --- CP101 subscribe / newsletter prompts -------------------------------------------------
    # Catches a bare call to subscribe or sign up; could catch a one-word heading "Subscribe"
    # that introduces a real section about subscriptions (rare in articles).
    "CP101": [
        # A paywall's notices: "This article is for subscribers only.", "You have reached your limit
        # of free articles.", "Create a free account to continue reading", "Il vous reste 80% de cet
        # article à lire.", in the languages we cover.
        r"(?:this\s+(?:article|story|content|post|page)\s+is\s+(?:only\s+)?(?:for|available\s+(?:only\s+)?to|exclusive\s+to|"
        r"reserved\s+for)\s+(?:paid\s+|premium\s+|our\s+)?(?:subscribers|members)(?:\s+only)?|"
        r"you(?:['’]ve|\s+have)\s+(?:reached|hit|used\s+up|used)\s+(?:your|the)\s+(?:limit|maximum|monthly\s+limit)"
        r"(?:\s+of\s+(?:free\s+)?(?:articles|stories))?(?:\s+(?:for\s+)?this\s+month)?|"
        r"you\s+have\s+(?:\d+|one|two|three|four|five)\s+free\s+(?:articles?|stories)\s+(?:left|remaining)(?:\s+this\s+month)?|"
        r"already\s+(?:a\s+)?(?:subscriber|member)\??|"
        r"continue\s+reading\s+your\s+article\s+with\s+an?\s+[\w\s]{1,30}?(?:subscription|membership)|"
        r"(?:sign\s+up|register|create\s+an?\s+(?:free\s+)?account|log\s+in|sign\s+in|subscribe)\s+(?:now\s+)?(?:for\s+free\s+)?"
        r"to\s+(?:continue\s+reading|keep\s+reading|read\s+(?:this|the\s+full|the\s+rest\s+of\s+(?:this|the))\s+(?:article|story)|"
        r"unlock\s+(?:this|the\s+full)\s+(?:article|story))|"
        r"register\s+(?:now\s+)?for\s+free(?:\s+and)?\s+(?:unlimited\s+)?access|"
        r"dieser\s+(?:artikel|beitrag|inhalt)\s+ist\s+(?:nur\s+|exklusiv\s+)?für\s+(?:abonnenten|abonnentinnen|"
        r"abonnent\*innen|abonnierende)(?:\s+(?:verfügbar|sichtbar|bestimmt|freigeschaltet))?|"
        r"(?:cet\s+article\s+est\s+réservé\s+aux\s+abonnés|il\s+vous\s+reste\s+\d+\s*%\s+de\s+cet\s+article\s+à\s+lire)"
        r"(?:\.?\s*la\s+suite\s+est\s+réservée\s+aux\s+abonnés)?|la\s+suite\s+est\s+réservée\s+aux\s+abonnés|"
        r"(?:este\s+(?:contenido|artículo)\s+es\s+)?(?:contenido\s+)?exclusivo\s+para\s+(?:suscriptores|socios|abonados)|"
        r"(?:este\s+)?conteúdo\s+(?:é\s+)?exclusivo\s+para\s+assinantes|"
        r"(?:этот\s+)?материал\s+доступен\s+только\s+(?:подписчикам|по\s+подписке)|"
        r"(?:questo\s+articolo\s+è|contenuto)\s+riservato\s+agli\s+abbonati|"
        # and the calls to subscribe and read on: "Jetzt abonnieren und weiterlesen", "Mit F+
        # weiterlesen", "Abonnez-vous pour lire la suite", "Suscríbete para seguir leyendo".
        r"(?:jetzt\s+)?(?:(?:abonnieren|registrieren|einloggen|anmelden)\s+und\s+)?weiterlesen\s+mit\s+\S.{0,20}|"
        r"jetzt\s+(?:(?:abonnieren|registrieren|einloggen|anmelden)\s+und\s+)?weiterlesen|mit\s+\S{1,20}\s+weiterlesen|"
        r"exklusiv\s+für\s+(?:abonnenten|abonnentinnen|abonnent\*innen)|lesen\s+sie\s+(?:mehr|weiter)\s+mit\s+\S.{0,20}|"
        r"zum\s+weiterlesen\s+(?:bitte\s+)?(?:einloggen|anmelden|registrieren|abonnieren)|"
        r"(?:abonnez[- ]vous|inscrivez[- ]vous|connectez[- ]vous)\s+pour\s+(?:lire|continuer\s+à\s+lire)\s+la\s+suite|"
        r"(?:suscr[ií]bete|reg[ií]strate|inicia\s+sesi[oó]n)\s+para\s+(?:seguir|continuar)\s+leyendo|"
        r"(?:assine|cadastre-se|fa[çc]a\s+login)\s+para\s+continuar\s+lendo|"
        r"(?:подпишитесь|зарегистрируйтесь|войдите),?\s+чтобы\s+(?:читать\s+дальше|продолжить\s+чтение)|"
        r"(?:abbonati|registrati|accedi)\s+per\s+continuare\s+a\s+leggere)\W*",
        r"(?:subscribe|sign\s*up|register|join)(?:\s+(?:now|today|here|free|for\s+free|in\s+seconds))?(?:\s+(?:to|for)\s+(?:our|the|my|a)\s+[\w\s'’-]{0,40})?\W*",
        r"(?:get|receive|sign\s+up\s+for|subscribe\s+to)\s+(?:our|the)\s+(?:free\s+)?[\w\s.'’&-]{0,30}\bnewsletters?\b.{0,80}",
        r"(?:sign\s*up|subscribe)\s+(?:for|to)\s+(?:our\s+)?(?:free\s+)?(?:e-?mail\s+)?(?:newsletters?|alerts|e-?mails?|updates)"
        r"(?:\s+(?:and|&)\s+(?:newsletters?|alerts|e-?mails?|updates))?\W*",
        r"(?:to\s+)?(?:read|continue\s+reading)\s+the\s+full\s+(?:story|article)\W*",
        r"sign\s+up\s+for\s+(?:e-?mails?|alerts|updates)(?:\s+(?:or|and)\s+print\s+this\s+page)?\W*",
        # A newsletter platform's call under a post: "Thanks for reading The Street Level! Subscribe
        # for free to receive new posts and support my work.", "Ready for more?"
        r"(?:thanks?(?:\s+you)?\s+for\s+reading(?:\s+[^.!?]{1,60})?[.!]\s*)?(?:subscribe|sign\s+up)(?:\s+for\s+free)?\s+"
        r"to\s+(?:receive|get)\s+new\s+posts\b[^.!?]{0,80}[.!]?|ready\s+for\s+more\s*\?",
        r"(?:already\s+a\s+(?:subscriber|member)\??\s*)?(?:subscribe\s*)?(?:sign\s*in|log\s*in)(?:\s+(?:here|now))?\W*",
        r"(?:subscribe|register)\s+(?:now\s+)?(?:to|for)\s+(?:continue|read|unlimited|full|access).{0,60}",
        r"(?:enter\s+your\s+e-?mail(?:\s+address)?|your\s+e-?mail\s+address(?!\s+will\s+not\s+be))\b.{0,60}",
        # de / fr / es / pt / ru / it / id
        r"(?:jetzt\s+)?(?:newsletter\s+)?abonnieren\W*|newsletter\s+bestellen\W*|zum\s+newsletter\s+anmelden\W*",
        # Blogger's feed links, and the heading of a sign-up box ("Stay informed").
        r"subscribe\s+to\s*:\s*(?:post\s+)?(?:comments|posts)\s*\(atom\)(?:\s*(?:post\s+"
        r")?(?:comments|posts)\s*\(atom\))*",
        r"(?:stay\s+(?:informed|updated|in\s+the\s+loop)|informiert\s+bleiben|bleiben\s+sie\s+informiert|"
        r"restez\s+informés?|mantente\s+informado|fique\s+(?:por\s+dentro|informado)|будьте\s+в\s+курсе|"
        r"resta\s+aggiornato)\W*",
        r"(?:s['’]abonner|abonnez[- ]vous|inscrivez[- ]vous)(?:\s+(?:à|a)\s+(?:notre|la)\s+(?:newsletter|lettre\s+d['’]information))?\W*",
        r"(?:suscr[ií]bete|suscribirse|suscr[ií]base)(?:\s+(?:a|al)\s+(?:nuestro|nuestra|el|la)\s+(?:bolet[ií]n|newsletter))?\W*",
        r"(?:assine|inscreva[- ]se|assinar)(?:\s+(?:a|nossa|o\s+nosso)\s+(?:newsletter|boletim))?\W*",
        r"(?:подписаться|подпишитесь|подписка)(?:\s+на\s+(?:рассылку|новости|канал))?\W*",
        r"(?:iscriviti|abbonati)(?:\s+alla\s+newsletter)?\W*",
        r"(?:berlangganan|langganan)(?:\s+newsletter)?\W*",
        # A sign-up box's dismiss button and its thanks.
        r"(?:subscribe\s+)?(?:no,?\s+thanks?|maybe\s+later|not\s+now)\W*",
        r"(?:thanks?(?:\s+you)?\s+for\s+(?:subscribing|signing\s+up)|you(?:['’]ve|\s+have|\s+are)\s+(?:now\s+)?"
        r"(?:successfully\s+|succesfully\s+)?(?:subscribed|signed\s+up))(?:\s+to\s+(?:our|the)\s+[\w\s'’-]{0,40})?"
        r"\W*(?:thank\s+you\W*)?",
        # A call to read more of the site by email, to pay for it, or to get its app.
        r"want\s+more\s+(?:stories|news|articles|deals|content|of\s+this)(?:\s+like\s+this)?\W*|"
        r"never\s+miss\s+(?:a|an|another)\s+(?:story|article|thing|update|post|beat)\W*|"
        r"get\s+(?:our|the)\s+(?:free\s+)?(?:daily|weekly|morning|evening)\s+(?:briefing|email|digest|roundup|newsletter)\W*|"
        r"get\s+the\s+latest\s+(?:news|stories|headlines|updates)(?:\s+delivered(?:\s+to\s+you)?(?:\s+(?:daily|weekly|every\s+day))?)?\W*",
        r"(?:support\s+(?:us|our\s+work|(?:our|independent|quality|local)\s+journalism)|"
        r"unterstütze\s+(?:uns|unsere\s+arbeit)|unterstützen\s+sie\s+(?:uns|unsere\s+arbeit|unabhängigen\s+"
        r"journalismus)|"
        r"soutenez[- ]nous|soutenez\s+notre\s+(?:travail|journalisme)|apoya\s+(?:nuestro\s+(?:trabajo|periodismo))|"
        r"apoie\s+(?:o\s+)?(?:nosso\s+)?(?:trabalho|jornalismo)|поддержите\s+"
        r"(?:нас|редакцию|проект)|become\s+a\s+(?:member|subscriber|supporter|patron)|"
        r"(?:download|get|install)\s+(?:the|our)\s+(?:free\s+)?(?:[\w-]+\s+)?app|read\s+(?:it\s+)?in\s+(?:the\s+)?app)\W*",
        # ar
        r"(?:اشترك(?:\s+الآن)?|(?:اشترك\s+في\s+)?النشرة\s+البريدية)\W*",
        # The heading of a sign-up box: "Breaking News Emails", "Email alerts".
        r"(?:breaking\s+)?news\s+(?:e-?mails|alerts)\W*|e-?mail\s+alerts\W*",
        # nl / pl / tr
        r"(?:abonneer|abonneren|word\s+abonnee|schrijf\s+je\s+in|meld\s+je\s+aan)(?:\s+(?:nu|hier))?"
        r"(?:\s+(?:voor|op)\s+(?:onze|de)\s+(?:gratis\s+)?nieuwsbrief)?\W*|aanmelden\s+(?:voor\s+de\s+)?nieuwsbrief\W*",
        r"(?:subskrybuj|zasubskrybuj|zaprenumeruj|prenumeruj|zapisz\s+się)(?:\s+(?:do|na)\s+(?:naszego\s+)?"
        r"(?:newslettera|newsletter))?\W*",
        r"(?:abone\s+ol(?:un)?|(?:e-?)?bültene?\s+(?:abone\s+ol(?:un)?|kaydol(?:un)?|kayıt\s+ol(?:un)?))\W*",
        r"(?:підписатися|підпишіться)(?:\s+на\s+(?:нашу\s+)?(?:розсилку|новини))?\W*",
        # cs, sk, sv, da, no, fi, ro, hu, el, vi
        r"(?:odebírat(?:\s+newsletter)?|přihlásit\s+(?:se\s+)?k\s+odběru(?:\s+newsletteru)?|odoberať(?:\s+newsletter)?|"
        r"prenumerera(?:\s+på\s+(?:vårt\s+)?nyhetsbrev)?|abonnér(?:\s+på\s+(?:vores\s+)?nyhedsbrev)?|"
        r"abonner(?:\s+på\s+(?:vårt\s+)?nyhetsbrev)?|tilaa(?:\s+uutiskirje(?:emme)?)?|"
        r"abonează-te(?:\s+la\s+newsletter)?|abonați-vă(?:\s+la\s+newsletter)?|"
        r"(?:iratkozz\s+fel|feliratkozás)(?:\s+(?:a\s+)?hírlevélre)?|εγγραφείτε(?:\s+στο\s+newsletter)?|"
        r"đăng\s+ký\s+nhận\s+tin|nyhetsbrev|nyhedsbrev|uutiskirje|hírlevél)\W*",
    ],
    # --- CP102 share and social buttons -------------------------------------------------------
    # A line made only of share words and network names; a sentence about sharing has other words.
    "CP102": [
        rf"(?:(?:click\s+to\s+)?(?:share|submit(?=\s+to\b)|tweet|pin\s+it|pin|print|email|e-mail|comment|copy\s+link|get\s+(?:short\s+)?(?:url|link)|link\s+copied!?|url\s+copied!?|copied!|save|read\s+later|save\s+for\s+later|"
        rf"teilen|twittern|drucken|partager|imprimer|compartir|imprimir|compartilhe|compartilhar|поделиться|condividi|stampa|bagikan|"
        rf"delen|deel|afdrukken|udostępnij|podziel\s+się|drukuj|paylaş|yazdır|поділитися|"
        rf"sdílet|tisknout|zdieľať|vytlačiť|dela|skriv\s+ut|del|print|jaa|tulosta|distribuie|printează|megosztás|"
        rf"nyomtatás|κοινοποίηση|εκτύπωση|chia\s+sẻ|in\s+bài)"
        rf"(?:\s+(?:this|on|via|to|it|article|story|post|page|with\s+a\s+friend|a\s+friend|auf|sur|en|no|na|em|su|в|"
        rf"esto|isso|ceci|questo|artikel|ini|melalui|lewat|berita))*"
        rf"\s*:?\s*{_SOCIAL}?"
        rf"(?:\s*\(opens\s+in\s+new\s+window\))?[\s\d|•·/,:-]*)+",
        rf"(?:{_SOCIAL}[\s\d|•·/,:-]*){{1,12}}",
        # A share label and the networks after it: "Share this article: Facebook Twitter Email".
        rf"(?:share|teilen|partager|compartir|compartilhe|compartilhar|поделиться|condividi|bagikan)"
        rf"(?:\s+(?:this|the|on|via|with|it|article|story|post|page|video|diesen|artikel|beitrag|cet|cette|esta|este|"
        rf"noticia|nota|artigo|matéria|статьей|новостью|questo|articolo))*\s*:?\s*(?:{_SOCIAL}[\s|•·/,:-]*){{1,12}}",
        r"sharing\s+is\s+caring!?|share\s+(?:this|the)\s+(?:article|story|post|episode|video|podcast|page)\W*|"
        r"share\s+this\s+on\s+\w+",
        r"click\s+to\s+(?:share|email|print)\b.{0,60}",
        r"(?:share\s+)?(?:close\s+)?(?:show\s+)?(?:more|all|extra)\s+sharing\s+options(?:\s+for\b.{0,200})?",
        r"(?:\d+\s+)?shares?",
        # Share buttons and network names in any mix ("Share to LinkedIn LinkedIn Share to Facebook").
        rf"(?:(?:share|tweet|pin\s+it|print|email|e-mail|more)(?:\s+(?:to|on|via|this|with))?|{_SOCIAL})"
        rf"(?:[\s|•·/,:-]+(?:(?:share|tweet|pin\s+it|print|email|e-mail|more)(?:\s+(?:to|on|via|this|with))?|{_SOCIAL})){{1,24}}\W*",
        r"(?:like\s+this\s+(?:story|article|post)\?\s*|print\s+this\s+(?:article|story|page)\s*)?"
        r"share\s+(?:it|this(?:\s+(?:story|article|post))?)\s+with\s+(?:a\s+friend|friends|your\s+friends)\W*",
        # de / fr / es / pt / ru / it: "Artikel teilen", "Partager cet article".
        r"(?:(?:diesen|den)\s+)?(?:artikel|beitrag|seite)\s+(?:teilen|drucken|versenden)\W*|"
        r"(?:partager|imprimer)\s+(?:cet\s+article|l['’]article|la\s+page)\W*|"
        r"(?:compartir|imprimir)\s+(?:esta\s+)?(?:noticia|art[ií]culo|nota|p[aá]gina)\W*|"
        r"(?:compartilhe|compartilhar|imprimir)\s+(?:esta\s+|este\s+)?(?:not[ií]cia|mat[ée]ria|artigo|p[aá]gina)\W*|"
        r"(?:поделиться|отправить)\s+(?:статьей|новостью|ссылкой)\W*|condividi\s+(?:questo\s+)?articolo\W*|"
        r"(?:envoyer|enviar|per|invia)\s+(?:par|por|per)?\s*(?:e-?mail|correo(?:\s+electr[oó]nico)?)(?:\s+(?:senden|versenden))?\W*",
        # Blog software's like button and its line ("Like this:", "Like Loading...", "Be the first to
        # like this."), in the languages we cover.
        r"(?:like\s+this|gefällt\s+mir|j['’]aime(?:\s+ceci)?|me\s+gusta(?:\s+esto)?|curtir(?:\s+isso)?|нравится|"
        r"mi\s+piace(?:\s+questo)?)\s*:(?:\s*(?:like|gefällt\s+mir|j['’]aime|me\s+gusta|curtir|нравится|mi\s+"
        r"piace))?\s*"
        r"(?:(?:loading|wird\s+geladen|chargement|cargando|carregando|загрузка|caricamento)\s*(?:\.\.\.|…)?)?|"
        r"(?:like|gefällt\s+mir|j['’]aime|me\s+gusta|curtir|нравится|mi\s+piace)\s+"
        r"(?:loading|wird\s+geladen|chargement|cargando|carregando|загрузка|caricamento)\s*(?:\.\.\.|…)?|"
        r"(?:be\s+the\s+first\s+to\s+like\s+this|sei\s+(?:der|die)\s+erste,?\s+(?:dem|der)\s+dies\s+gefällt|"
        r"soyez\s+le\s+premier\s+à\s+aimer\s+(?:ceci|cet\s+article)|sé\s+el\s+primero\s+en\s+decir\s+que\s+"
        r"te\s+gusta|"
        r"seja\s+o\s+primeiro\s+a\s+curtir\s+(?:isso|este\s+post)|будьте\s+первыми,?\s+кому\s+понравится\s+это)\W*",
        r"(?:teilen|sharen)\s+mit\s*:?|mit\s+anderen\s+teilen\W*|"
        r"(?:(?:diesen|diese|dieses|den|die)\s+)?(?:geschichte|story|post|meldung|nachricht|video|bild)\s+"
        r"(?:teilen|empfehlen)\W*|"
        r"(?:artikel\s+|seite\s+)?(?:per\s+e-?mail\s+)?weiterempfehlen\W*|pinnen\W*|"
        r"(?:empfiehl|empfehlen\s+sie)\s+(?:dies|uns|diesen\s+(?:artikel|beitrag)|diese\s+seite)\s+"
        r"(?:deinen|ihren)\s+freunden\W*|"
        r"(?:recommend|send|e-?mail)\s+(?:this\s+(?:article|story|page)\s+)?to\s+a\s+friend\W*|"
        r"(?:envoyer|recommander)\s+(?:cet\s+article\s+)?à\s+un\s+ami\W*|enviar\s+a\s+un\s+amigo\W*|"
        r"enviar\s+para\s+um\s+amigo\W*|отправить\s+другу\W*",
        # The article's audio player.
        r"(?:listen\s+to\s+(?:this|the)\s+(?:article|story)|audio\s+version)(?:\s*[(\[]?\d+\s*min(?:utes?)?[)\]]?)?\W*",
        # The controls of a share panel.
        r"(?:close|open|hide|show)\s+(?:the\s+)?share\s+(?:panel|menu|options|dialog|bar)\W*",
        # zh / ja / ko
        r"(?:分享(?:到|至|给朋友)?|分享此文|打印(?:本页|此文|本文)?|收藏(?:本文|此文)?|转发|轉寄|推荐给朋友|シェア(?:する)?|ツイート|"
        r"いいね|ブックマーク|공유(?:하기)?|인쇄|좋아요|밴드)\W*",
        # ar
        r"(?:شارك(?:\s+عبر)?|مشاركة|طباعة)\W*",
        # hi: "शेयर करें", "साझा करें", and the networks after it
        rf"(?:शेयर|साझा)(?:\s+करें)?(?:\s*:?\s*(?:{_SOCIAL}[\s|•·/,:-]*){{1,12}})?",
        # A reader's text controls: "Text size", "Schriftgröße", "Taille du texte".
        r"(?:text|font)\s+size|schriftgröße|taille\s+du\s+texte|tamaño\s+(?:de\s+)?(?:letra|texto|fuente)|"
        r"tamanho\s+(?:da\s+)?(?:fonte|letra)|размер\s+шрифта|dimensione\s+(?:del\s+)?(?:testo|carattere)\W*",
        # fa, he: "اشتراک گذاری", "شیر کنید", "שתפו", "שיתוף"
        rf"(?:اشتراک[\s\u200c]*گذاری|به\s+اشتراک\s+بگذارید|شیر\s+کنید|שתפו|שתף|שיתוף|הדפסה)"
        rf"(?:\s*:?\s*(?:{_SOCIAL}|تلگرام|توییتر|واتساپ|فیسبوک|טוויטר|פייסבוק|וואטסאפ)[\s|•·/,:-]*){{0,12}}",
        r"(?:تلگرام|توییتر|واتساپ|فیسبوک|اینستاگرام|لینکدین|טוויטר|פייסבוק|וואטסאפ|אינסטגרם)\W*",
        # th: "แชร์", "แบ่งปัน"
        rf"(?:แชร์|แบ่งปัน)(?:ข่าวนี้|บทความนี้)?(?:\s*:?\s*(?:{_SOCIAL}[\s|•·/,:-]*){{1,12}})?",
        # A recipe card's buttons: "Print Recipe", "Pin Recipe", "Save Recipe", "Print Pin Rate".
        r"(?:print|pin|save|share|email)\s+(?:this\s+)?recipe\W*|"
        r"(?:(?:print|pin|save|share|email|rate)(?:\s+(?:this\s+)?recipe)?[\s|•·]*){2,6}",
        # A Q&A post's menu on one line: "share improve this question follow", "Share Edit Follow
        # Flag", "share|cite|improve this answer".
        r"share\s*\|?\s*(?:cite\s*\|?\s*)?(?:improve\s+this\s+(?:question|answer|post)|edit)"
        r"(?:\s*\|?\s*follow)?(?:\s*\|?\s*flag)?\W*",
    ],
    # --- CP103 follow-us prompts and bare handles ---------------------------------------------
    "CP103": [
        rf"(?:follow|like|find|join|connect\s+with)\s+(?:us|me|[\w\s.'’-]{{1,40}}?)\s+(?:on|at)\s+(?:{_SOCIAL}(?:\s*(?:,|and|&)\s*)?)+\W*",
        # Alerts on a story's topics: "Follow the topics within this article".
        r"follow\s+(?:the\s+)?(?:topics?|authors?)\s+(?:within|in|of|from)\s+this\s+(?:article|story)\W*",
        # "Follow" alone is the button beside an author's name.
        r"follow(?:\s+(?:us|me))?\W*|follow\s+@\w+.{0,40}|(?:folgen|suivre|seguir|segui)\W*",
        r"(?:folgen\s+sie\s+uns|suivez[- ]nous|s[ií]guenos|siga[- ]nos|seguici|подписывайтесь\s+на\s+нас|мы\s+в\s+соцсетях|ikuti\s+kami)(?:\s+(?:auf|sur|en|no|na|su|в|di)\s+.{0,40})?",
        # hi: "हमें फॉलो करें", "हमें फेसबुक पर फॉलो करें"
        _nukta(rf"(?:हमें\s+)?(?:(?:{_SOCIAL}\s+)?पर\s+)?(?:फॉलो|फ़ॉलो)\s+करें\W*|(?:हमें\s+)?{_SOCIAL}\s+पर\s+(?:फॉलो|फ़ॉलो)\s+करें\W*"),
        # A recipe card's call to post a photo: "Tried this recipe? Mention @sallyskitchen or tag
        # #sallyskitchen!", "Did you make this recipe?", "Leave a comment below and share a photo on Instagram."
        rf"(?:(?:tried|made|did\s+you\s+(?:make|try))\s+this\s+recipe\s*\?)(?:\s*[^.!?]{{0,120}}?(?:[@#]\w+|"
        rf"{_SOCIAL}|comment|review|rating|stars?)\b[^.!?]{{0,60}}[.!]?)?|"
        r"(?:leave\s+a\s+(?:comment|review|rating)(?:\s+below)?\s+(?:and|&|or)\s+)?(?:share|post|snap)\s+a\s+"
        rf"(?:photo|picture|pic)\s+(?:of\s+it\s+)?(?:on|to)\s+{_SOCIAL}(?:\s+[^.!?]{{0,80}})?\W*",
    ],
    # --- CP104 navigation, breadcrumbs, account links -----------------------------------------
    # Breadcrumbs: short items joined by |, », ›, >, / or •; the items have at most five words,
    # so a sentence with a slash in it is not caught.
    "CP104": [
        # One link label, or a few joined by |, • or / ("Privacy Policy | Terms & Conditions").
        rf"[«‹←]?\s*{_NAV}(?:\s*[|•·/,«‹←]?\s*{_NAV}){{0,8}}\W*",
        r"you\s+are\s+here:?.{0,80}",
        # Slider and gallery controls: arrows and a close sign alone ("‹ › ×").
        r"(?:[‹›«»<>←→◀▶❮❯×✕]\s*){1,6}",
        # A wiki navigation box's view, talk and edit links ("v t e", "v · t · e").
        r"vte|v\s*[·•|-]?\s*t\s*[·•|-]?\s*e",
        # A link label in brackets ("(View all)", "[more]"); WordPress's landmark headings.
        r"[(\[]\s*(?:more|view\s+all|see\s+all|show\s+all|read\s+more|see\s+more)\s*[)\]]",
        r"(?:posts?|comments?)\s+navigation\W*",
        # Pages and gallery counters: "1 / 23", "Image 1 of 4", "Foto 3 von 12", "Image 1 of / 9"
        # (a counter's two halves run together).
        r"(?:(?:page|image|photo|picture|slide|gallery|foto|bild|imagen|imagem|фото)\s+)?\d{1,3}\s*"
        r"(?:/|(?:of|von|de|из|di)(?:\s*/)?)\s*\d{1,3}",
        r"(?:startseite|suche|impressum|datenschutz|kontakt|zurück|weiter|accueil|recherche|rechercher|"
        r"suivant|précédent|mentions\s+légales|inicio|buscar|siguiente|anterior|contacto|início|pesquisar|"
        r"próximo|contato|главная|поиск|назад|далее|войти|cerca|successivo|precedente|beranda|cari|"
        r"zum\s+seitenanfang|nach\s+oben|retour(?:\s+en\s+haut)?|volver(?:\s+arriba)?|voltar(?:\s+ao\s+topo)?|наверх|"
        r"torna\s+(?:su|indietro)|aviso\s+legal|datenschutzerklärung|nutzungsbedingungen|agb|"
        r"politique\s+de\s+confidentialité|conditions\s+(?:générales\s+)?d['’]utilisation|"
        r"pol[ií]tica\s+de\s+(?:privacidad|privacidade|cookies)|t[ée]rminos\s+y\s+condiciones|termos\s+de\s+uso|"
        r"политика\s+конфиденциальности|пользовательское\s+соглашение|правила\s+(?:сайта|использования)|"
        r"условия\s+(?:использования|проведения\s+конкурсов)|контакты|о\s+(?:нас|проекте|компании)|"
        # nl / pl / tr
        r"inloggen|uitloggen|zoeken|registreren|volgende|vorige|privacybeleid|privacyverklaring|"
        r"(?:algemene|gebruiks)\s*voorwaarden|cookiebeleid|over\s+ons|naar\s+boven|"
        r"strona\s+główna|szukaj|(?:zaloguj|wyloguj|zarejestruj)(?:\s+się)?|następn[ya]|poprzedni[a]?|"
        r"polityka\s+prywatności|regulamin|o\s+nas|do\s+góry|"
        r"ana\s*sayfa|ara|(?:giriş|çıkış)(?:\s+yap)?|üye\s+ol|kayıt\s+ol|sonraki|önceki|gizlilik\s+politikası|"
        r"kullanım\s+koşulları|çerez\s+politikası|iletişim|hakkımızda|künye|"
        r"головна|пошук|увійти|вийти|реєстрація|контакти|про\s+нас|політика\s+конфіденційності|"
        r"умови\s+використання|наступн[аи]|попередн[яі]|вгору|"
        r"informativa\s+(?:sulla\s+)?privacy|"
        # "read more", "continue reading"
        r"mehr\s+lesen|weiterlesen|lire\s+la\s+suite|leer\s+m[aá]s|leia\s+mais|continue\s+lendo|"
        r"читать\s+(?:далее|дальше|полностью)|continua\s+a\s+leggere|leggi\s+(?:tutto|di\s+più)|"
        r"lees\s+meer|verder\s+lezen|czytaj\s+(?:więcej|dalej)|devamını\s+oku|daha\s+fazla(?:\s+oku)?|"
        r"читати\s+(?:далі|більше|повністю))\W*",
        # A notice that links lead off the site: "These are external links and will open in a new window".
        r"(?:(?:this\s+is\s+an|these\s+are)\s+external\s+links?(?:\s+and)?(?:\s+(?:will\s+)?opens?\s+in\s+"
        r"a\s+new\s+(?:window|tab))?|"
        r"(?:this\s+)?(?:link\s+)?(?:will\s+)?opens?\s+in\s+a\s+new\s+(?:window|tab))\W*",
        # A blog's post navigation and sidebar, account links, "load more" and "learn more": a
        # pattern a language.
        r"(?:(?:newer|older)\s+(?:posts?|entries)|(?:next|previous)\s+(?:entry|page)|back\s+to\s+(?:the\s+)?"
        r"(?:overview|list|blog|news|articles)|blog\s+archive|archives?|about\s+me|view\s+my\s+complete\s+profile|"
        r"followers?|permalink|learn\s+more|find\s+out\s+more|search\s+for\s*:)\W*",
        r"(?:(?:vorheriger|nächster|älterer|neuerer)\s+(?:beitrag|artikel|eintrag)|(?:ältere|neuere)\s+"
        r"(?:beiträge|einträge|artikel)|"
        r"(?:zurück\s+)?zur\s+(?:übersicht|startseite|liste|homepage)|über\s+(?:mich|uns)|archiv|"
        r"(?:benutzerkonto|konto)\s+(?:erstellen|anlegen)|mein\s+"
        r"konto|anmelden|abmelden|registrieren|einloggen|ausloggen|"
        r"lade\s+weitere(?:\s+[\w-]+)?|(?:mehr|weitere|alle)(?:\s+[\w-]+)?\s+(?:anzeigen|laden)|mehr\s+erfahren|"
        r"erfahren?(?:\s+sie)?\s+mehr|suche\s+nach\s*:)\W*",
        r"(?:article\s+(?:précédent|suivant)|(?:retour|revenir)\s+(?:à\s+la\s+liste|à\s+l['’]accueil|aux\s+"
        r"actualités)|"
        r"en\s+savoir\s+plus|à\s+propos(?:\s+de\s+(?:moi|nous))?|se\s+connecter|connexion|déconnexion|s['’]inscrire|"
        r"mon\s+compte|créer\s+un\s+compte|(?:voir|afficher)\s+(?:plus|tout)|charger\s+plus|plan\s+du\s+site)\W*",
        r"(?:(?:entrada|artículo|noticia)\s+(?:anterior|siguiente)|entradas\s+(?:anteriores|más\s+recientes)|"
        r"volver\s+(?:al\s+inicio|a\s+la\s+portada|al\s+listado)|saber\s+más|más\s+información|acerca\s+de(?:\s+mí)?|"
        r"sobre\s+mí|iniciar\s+sesión|cerrar\s+sesión|registrarse|regístrate|mi\s+cuenta|crear\s+(?:una\s+)?cuenta|"
        r"(?:ver|cargar|mostrar)\s+(?:más|todo|todos)|mapa\s+del\s+sitio|archivos?)\W*",
        r"(?:(?:post|artigo|notícia)\s+(?:anterior|seguinte)|próximo\s+(?:post|artigo)|postagens\s+mais\s+"
        r"(?:antigas|recentes)|"
        r"voltar\s+(?:para\s+(?:a\s+)?(?:home|página\s+inicial|lista)|ao\s+início)|saiba\s+mais|sobre\s+"
        r"mim|entrar|sair|"
        r"cadastre-se|fazer\s+login|minha\s+conta|criar\s+(?:uma\s+)?conta|(?:ver|carregar|mostrar)\s+"
        r"(?:mais|tudo|todos)|"
        r"mapa\s+do\s+site|arquivos?)\W*",
        r"(?:(?:предыдущая|следующая)\s+(?:запись|статья|новость)|(?:старые|новые)\s+записи|"
        r"вернуться\s+(?:к\s+списку|на\s+главную|назад)|подробнее|узнать\s+(?:больше|подробнее)|обо\s+"
        r"мне|о\s+(?:нас|сайте)|"
        r"регистрация|выйти|вход|личный\s+кабинет|показать\s+(?:ещё|еще|больше|все)|загрузить\s+"
        r"(?:ещё|еще)|карта\s+сайта|архив)\W*",
        r"(?:articolo\s+(?:precedente|successivo)|torna\s+alla\s+home|chi\s+sono|accedi|registrati|"
        r"(?:mostra|carica|vedi)\s+(?:altro|tutto)|mappa\s+del\s+sito|scopri\s+di\s+più|archivio)\W*",
        r"(?:首页|首頁|主页|返回(?:顶部|首页|列表|上一页)|上一篇|下一篇|上一页|下一页|登录|登錄|注册|註冊|设为首页|設為首頁|"
        r"加入收藏|加入最愛|收藏本(?:页|站)|联系我们|聯絡我們|关于我们|關於我們|网站地图|網站地圖|网站导航|关闭窗口|關閉視窗|"
        r"免责声明|隐私政策|使用条款|帮助中心|更多|ホーム|トップへ戻る|前の記事|次の記事|前へ|次へ|お問い合わせ|"
        r"プライバシーポリシー|利用規約|サイトマップ|목록|홈으로|이전|다음|"
        r"ログイン|홈|로그인|회원가입|이전\s*글|다음\s*글|맨\s*위로)\W*",
        # The font size switch of a Chinese page: "【字体：大 中 小】".
        r"[【\[(（]?\s*(?:字体|字體|字号|字號)\s*[:：]?\s*大\s*中\s*小\s*[】\])）]?",
        # ar
        r"(?:الرئيسية|الصفحة\s+الرئيسية|تسجيل\s+(?:الدخول|الخروج)|إنشاء\s+حساب|اتصل\s+بنا|من\s+نحن|"
        r"سياسة\s+الخصوصية|شروط\s+الاستخدام|المزيد|اقرأ\s+المزيد|التالي|السابق|بحث)\W*",
        # fa, he
        r"(?:صفحه\s+(?:اصلی|نخست)|ورود|ثبت[\s\u200c]*نام|خروج|تماس\s+با\s+ما|درباره\s+ما|جستجو|بیشتر|"
        r"דף\s+הבית|ראשי|התחברות|הרשמה|התנתקות|צור\s+קשר|אודות|חיפוש|עוד)\W*",
        # hi
        _nukta(r"(?:मुख्य\s+पृष्ठ|होम|लॉग\s*इन(?:\s+करें)?|लॉग\s*आउट|साइन\s+इन(?:\s+करें)?|रजिस्टर(?:\s+करें)?|खोजें|"
               r"सर्च(?:\s+करें)?|(?:हमसे\s+)?संपर्क(?:\s+करें)?|हमारे\s+बारे\s+में|गोपनीयता\s+नीति|"
               r"(?:नियम|नियम\s+और\s+शर्तें|उपयोग\s+की\s+शर्तें)|अगला|पिछला|और\s+पढ़ें|आगे\s+पढ़ें|"
               r"पूरी\s+(?:खबर|ख़बर)\s+पढ़ें|ऊपर\s+जाएं|साइटमैप|अस्वीकरण)\W*"),
        # th
        r"(?:หน้าแรก|หน้าหลัก|เข้าสู่ระบบ|ออกจากระบบ|สมัครสมาชิก|ค้นหา|ติดต่อเรา|เกี่ยวกับเรา|นโยบายความเป็นส่วนตัว|"
        r"ข้อกำหนดการใช้งาน|เงื่อนไขการใช้งาน|ถัดไป|ก่อนหน้า|กลับสู่ด้านบน)\W*",
        # Forum software's navigation (phpBB, vBulletin, XenForo, SMF): "Board index", "Return to
        # “Boats and Gear”", "Who is online", "Users browsing this forum: …"; a recipe card's jump
        # link, and a wiki's ("Jump to navigation Jump to search").
        r"(?:board|forum|forums)\s+index\W*|return\s+to\s+(?:[“\"«‘'].{1,80}[”\"»’']|(?:the\s+)?(?:board|forum)\s+index)\W*|"
        r"(?:jump\s+to(?:\s+(?:recipe|content|comments|navigation|search|top|video))?\W*){1,3}|who\s+is\s+online\W*|"
        r"users\s+browsing\s+this\s+(?:forum|thread|topic)\s*:.{0,200}|(?:unanswered|active|new|unread)\s+(?:topics|posts)\W*|"
        r"mark\s+(?:forums|topics|all\s+forums)\s+read\W*|view\s+(?:unanswered|active|new|unread)\s+(?:topics|posts)\W*",
        # cs, sk, sv, da, no, fi, ro, hu, el, vi: home, log in and out, search, contact, privacy.
        r"(?:domů|úvod|přihlásit(?:\s+se)?|odhlásit(?:\s+se)?|hledat|vyhledávání|kontakt|kontakty|ochrana\s+osobních\s+údajů|"
        r"domov|prihlásiť(?:\s+sa)?|odhlásiť(?:\s+sa)?|hľadať|"
        r"hem|startsida|logga\s+(?:in|ut)|sök|kontakta\s+oss|integritetspolicy|forside|log\s+(?:ind|ud)|søg|"
        r"kontakt\s+os|privatlivspolitik|logg\s+(?:inn|ut)|søk|personvern|etusivu|kirjaudu(?:\s+(?:sisään|ulos))?|"
        r"haku|hae|ota\s+yhteyttä|tietosuoja(?:seloste)?|acasă|autentificare|conectare|deconectare|caută|căutare|"
        r"contactați-ne|politica\s+de\s+confidențialitate|főoldal|címlap|bejelentkezés|kijelentkezés|keresés|"
        r"kapcsolat|adatvédelem|αρχική(?:\s+σελίδα)?|σύνδεση|αποσύνδεση|αναζήτηση|επικοινωνία|"
        r"trang\s+chủ|đăng\s+nhập|đăng\s+xuất|tìm\s+kiếm|liên\s+hệ)\W*",
    ],
    # --- CP105 advertisements and sponsored markers -------------------------------------------
    "CP105": [
        # An obituary's flower shop: "To send flowers to the family or plant a tree in memory of …,
        # please visit our floral store."
        r"to\s+(?:send|order)\s+flowers\b[^.!?]{0,160}?(?:visit|see)\s+(?:our|the)\s+(?:floral|flower|sympathy)\s+"
        r"(?:store|shop)\.?",
        r"(?:advertisement|advertising|advert|ads?|sponsored(?:\s+(?:content|post|links?|stories|by\s+.{1,40}))?|"
        r"paid\s+(?:content|post|partnership)|promoted(?:\s+(?:content|stories))?|partner\s+content|"
        r"story\s+continues\s+below(?:\s+advertisement)?|(?:article|story)\s+continues\s+(?:below|after\s+(?:this\s+)?(?:ad|advertisement))|"
        r"continue\s+reading\s+(?:the\s+main\s+story|below)|anzeige|werbung|publicité|publicidad|publicidade|"
        r"реклама|pubblicità|iklan|광고|広告|スポンサー(?:ド)?リンク)\W*",
        r"\W*(?:advertisement|anzeige|publicité|publicidad|publicidade|pubblicità|реклама|iklan)\W*",
        r"skip\s+(?:this\s+)?ad(?:vert(?:isement)?)?\W*|(?:ad\s+)?loading\s+ad\W*|ad\s+loading\W*",
        r"(?:广告|廣告|推广|推廣)\W*",
        r"(?:विज्ञापन|प्रायोजित|โฆษณา)\W*",

    ],
    # --- CP106 related / read-more links ------------------------------------------------------
    # A link line with a read-more label in front; the label alone is a section heading (CP114).
    "CP106": [
        r"(?:related|read\s+more|read\s+also|also\s+read|see\s+also|see\s+more|more|recommended|read\s+next|watch|listen|"
        r"lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|mehr\s+dazu|lire\s+aussi|(?:à|a)\s+lire\s+aussi|voir\s+aussi|"
        r"lea\s+también|lee\s+también|leer\s+más|leia\s+(?:também|mais)|veja\s+também|saiba\s+mais|читайте\s+также|"
        r"читать\s+далее|подробнее|leggi\s+anche|baca\s+juga|"
        + _nukta(r"(?:यह|ये|इसे)\s+भी\s+(?:पढ़ें|पढ़िए|देखें)|और\s+पढ़ें") + r"|อ่านเพิ่มเติม|อ่านต่อ|อ่านข่าวที่เกี่ยวข้อง)"
        r"\s*(?::|»|›|>|–|—|-|\|)\s*.{1,160}",
        r"(?:click\s+here|tap\s+here)\b.{0,100}",
        # "Also on rt.com <headline>": a read-also link naming the site.
        r"also\s+on\s+(?:[\w-]+\.)+[a-z]{2,6}\b\s*:?\s*.{1,160}",
        # The same call in the other languages we cover, and "click the photo and see …".
        r"(?:hier\s+klicken|klicken\s+sie\s+hier|cliquez\s+ici|haga\s+clic\s+aquí|haz\s+clic\s+aquí|clique\s+aqui|"
        r"clicca\s+qui|нажмите\s+здесь|klik\s+di\s+sini|"
        r"(?:click|clique|cliquez|klicken\s+sie)\s+(?:(?:on|na|no|em|sur|auf)\s+)?(?:the\s+|la\s+|l['’]|das\s+)?"
        r"(?:photo|image|picture|foto|imagem|bild)\b|clique\s+e\s+(?:veja|saiba|confira))\b.{0,140}",
        # A Q&A site's pointer to other questions.
        r"not\s+the\s+answer\s+you['’]re\s+looking\s+for\?.{0,200}|browse\s+other\s+questions\s+tagged\b.{0,200}",
        # A wiki's pointers to other articles over the text (Wikipedia's hatnotes): "This article
        # is about the town. For the county, see …", "For other uses, see …", "Not to be confused
        # with …" (and "“Harwich” redirects here. …", in CONTAINS: it opens with any word).
        r"this\s+(?:article|page)\s+is\s+about\b[^.]{1,150}\.\s+for\s+.{1,300}?,\s+see\b.{1,200}|"
        r"(?:for\s+other\s+uses,\s+see|not\s+to\s+be\s+confused\s+with)\b.{1,200}",
        # A section's pointer to its own article: "Main article: History of Harwich".
        r"(?:main\s+articles?|hauptartikel|articles?\s+détaillés?|art[ií]culo\s+principal|artigo\s+principal|"
        r"основная\s+статья|основные\s+статьи)\s*:\s*[^.!?]{1,200}",
    ],
    # --- CP107 cookie and consent notices -----------------------------------------------------
    "CP107": [
        r"(?:i\s+agree|i\s+accept|accept|agree|got\s+it|ok,?\s+i\s+understand|akkoord|accepteren|akceptuję|"
        r"zgadzam\s+się|kabul\s+et(?:\s+ve\s+kapat)?|anladım|прийняти|погоджуюсь)\W*",
        r"i\s+agree\s+(?:that|to)\b.{0,200}",
        # The categories of a consent dialog: "Privacy Overview", "Necessary Always Enabled".
        r"(?:privacy\s+overview|(?:strictly\s+)?necessary(?:\s+always\s+enabled)?|non-necessary|always\s+enabled)\W*",
        r"by\s+(?:continuing\s+to\s+(?:use|browse)|using\s+this\s+(?:web)?site|clicking)\b.{0,250}",
        r"(?:i\s+consent|ich\s+(?:akzeptiere|stimme)|j['’]accepte|acepto|aceito|concordo|я\s+"
        r"(?:согласен|принимаю)|accetto)\b"
        r".{0,120}(?:privacy|datenschutz|confidentialité|privacidad|privacidade|конфиденциальност|персональных\s+данных|"
        r"terms|nutzungsbedingungen|agb|conditions|condiciones|termos).{0,120}",
        r"(?:what\s+are\s+cookies|was\s+sind\s+cookies|qu['’]est-ce\s+qu['’]un\s+cookie|¿?qué\s+son\s+"
        r"(?:las\s+)?cookies|"
        r"o\s+que\s+são\s+cookies|что\s+такое\s+(?:cookies?|куки))\W*",
    ],
    # --- CP108 copyright lines ----------------------------------------------------------------
    # Starts with a copyright sign or word, or says all rights reserved; a sentence about a
    # copyright case neither starts so nor reserves rights.
    "CP108": [
        r"(?:©|ⓒ|\(c\)|copyright\b|\bcopyright\s*©).{0,300}",
        r"this\s+material\s+may\s+not\s+be\s+published,?\s+broadcast.{0,120}",
        # "Proudly powered by WordPress | Theme: …"; a sentence goes on past one word ("Powered by
        # a 2-litre engine, …").
        r"(?:proudly\s+)?powered\s+by\s+[\w.®™-]+(?:\s+(?:version\s+|v)\d[\d.]*)?"
        r"(?:\s*[|·•–—-]\s*.{0,100}|\s+(?:forum\s+software\s+)?(?:copyright|©).{0,150}|"
        r",\s*best\s+viewed\s+with\s+javascript\s+enabled|\.)?|"
        r"(?:stolz\s+präsentiert\s+von|betrieben\s+mit|fièrement\s+propulsé\s+par|propulsé\s+par|"
        r"(?:funciona\s+)?gracias\s+a|orgulhosamente\s+mantido\s+com|(?:сайт\s+)?работает\s+на|gestito\s+con)\s+"
        r"(?:wordpress|blogger|drupal|joomla|ghost|hugo|jekyll|typo3|wix|squarespace)(?:\s*[|·•–—-]\s*.{0,100}|\.)?",
        # A documentation generator's credit: "Created using Sphinx 7.2.6.", "Built with Sphinx using a
        # theme provided by Read the Docs.", "Made with Material for MkDocs", "Built with Docusaurus."
        r"(?:created\s+using|built\s+with|made\s+with|generated\s+(?:by|with)|documentation\s+built\s+with)\s+"
        r"(?:sphinx|mkdocs|material\s+for\s+mkdocs|docusaurus|gitbook|jekyll|hugo|doxygen|pdoc|javadoc|vitepress|"
        r"docsify)\b[\w\s.,®™-]{0,80}?(?:using\s+a\s+theme\s+provided\s+by\s+read\s+the\s+docs)?\.?|"
        r"free\s+document\s+hosting\s+provided\s+by\s+read\s+the\s+docs\.?",
        r"(?:(?:all\s+)?(?:content|text|texts|material|posts)(?:\s+on\s+this\s+(?:site|blog))?\s+(?:is|are)\s+|"
        r"this\s+(?:work|site|blog|article|post)\s+is\s+)?licensed\s+under\s+(?:a\s+|the\s+)?.{0,200}",
        # A licence's name alone ("Creative Commons Attribution-ShareAlike 4.0 International"): a
        # sentence about the licences has other words.
        r"(?:this\s+work\s+is\s+licensed\s+under\s+(?:a\s+)?)?creative\s+"
        r"commons(?:[\s-]+(?:attribution|namensnennung|by|sa|nc|nd|"
        r"zero|cc0|licen[cs]e|lizenz|licence|licencia|licença|лицензия|non-?commercial|share-?alike|no-?derivatives|"
        r"no-?derivs|international|unported|generic|nicht-?kommerziell|weitergabe|unter|gleichen|bedingungen|keine|"
        r"bearbeitungen|[\d.]+|de|at|ch|[()]))*\W*",
    ],
    # --- CP109 photo and video credits --------------------------------------------------------
    "CP109": [
        r"\(?(?:photo|photograph|picture|image|images|video|illustration|graphic|credit|foto|bild|"
        r"crédit(?:\s+photo)?|фото|видео|imagen|imagem)s?(?:\s+credits?)?"
        r"\s*(?::\s*.{0,100}|(?:by|von|de|par|por|di)\s*.{1,100})",  # "Photo:" alone: the credit follows
        r"(?:getty\s+images|shutterstock|istock(?:photo)?|ap\s+photo|afp\s+photo|reuters\s+photo)(?:\s*/\s*.{1,60})?",
        r"\((?:ap|afp|reuters|getty|dpa|epa)\s+photo.{0,60}\)",
        _LABELLED_CREDIT,
        # "Courtesy of Andrew Vaughan", "Photo courtesy of NASA": no sentence.
        r"(?!.*[.!?]$)(?:(?:photo|image|picture|video|images|photos)\s+)?courtesy(?:\s+of)?\s+.{1,80}",
    ],
    # --- CP110 bylines --------------------------------------------------------------------------
    # "By" and capitalised names, an optional role or date; "By noon, the crowd..." is not caught
    # because "noon," is not a name at the end of the line.
    "CP110": [
        rf"(?!.*[.!?]$)(?:by|posted\s+by|written\s+by|words\s+by|story\s+by|von|par|por|autor:?|автор:?|oleh|di|door|"
        rf"yazar:?)\s+"
        rf"(?:{_NAMES}|admin|administrator|webmaster|editor|redaktion|rédaction|redacción|redação|редакция)"
        rf"(?:\s*(?:,|\||-|–|—|·)\s*[\w\s.,/'’@:|-]{{0,90}}|"
        # the name's e-mail address, telephone or time right after it, or the comment count
        rf"\s+(?=[\w.+-]+@|\(\d|\d{{4}}-\d\d-\d\d)[\w\s.,/'’@:|()&+-]{{0,90}}|\s+\d{{1,5}}\s+comments?)?",
        r"\(?(?:reporting|writing|additional\s+reporting|editing|edited|compiled)\s+by\b.{1,200}\)?\.?",
        # Credits that are no sentence: "Researched by: Matthew Digby, Minh Do", "Designed by".
        r"(?!.*[.!?]$)(?:researched|produced|designed|illustrated|graphics|photography|photographed|developed)\s+by\b"
        r"(?:\s*:?\s*.{1,200})?",
        # The label alone: the name, a link, is on the next line.
        r"(?:by|von|par|por|autor|автор|oleh)\s*:?",
        # A wire's press release: "News provided by", "Press release from: Acme Robotics, Inc."
        # (A sentence ends in a word in small letters; a company's name may end in "Inc.")
        r"(?!.*[!?]$)(?!.*\b(?-i:\p{Ll}+)\.$)(?:(?:news|press\s+release|content)\s+(?:provided|distributed|issued)"
        r"\s+by|press\s+release\s+from)\b(?:\s*:?\s*.{1,80})?",
        # Its contacts' label: "Media Contact:", "Pressekontakt:", "Contact presse :".
        r"(?:(?:media|press|investor|investor\s+relations)\s+contacts?|pressekontakt|medienkontakt|contacts?\s+presse|"
        r"contactos?\s+(?:de|para)\s+(?:prensa|medios)|contatos?\s+(?:de|para|com\s+a)\s+imprensa|"
        r"контакты\s+для\s+(?:прессы|сми))\s*:?",
        # A byline's second line, the writer's post: "Chief football writer at the Emirates Stadium",
        # "Senior political correspondent", "Technology editor, BBC News".
        r"(?:(?:chief|senior|deputy|associate|assistant|executive|managing|contributing|special|political|economics|"
        r"economy|business|sports?|football|science|health|technology|tech|foreign|diplomatic|legal|security|defen[cs]e|"
        r"environment|climate|education|culture|arts|music|film|travel|food|fashion|investigative|national|"
        r"international|world|europe|us|north\s+america|asia|africa|middle\s+east|staff|royal|media|transport)\s+){1,3}"
        r"(?:writer|correspondent|reporter|editor|columnist|analyst|critic)"
        r"(?:\s*(?:,|at|in|for)\s+[^.!?]{1,60})?",
        r"(?:staff\s+writer|staff\s+reporter|opinion\s+columnist|contributing\s+writer|guest\s+author|"
        r"associated\s+press|the\s+associated\s+press|reuters|afp|bloomberg|dpa|tass|ria\s+novosti|"
        r"redactie|redakcja|haber\s+merkezi)\W*",
        # Where the story comes from: "Source: Reuters", "Quelle: dpa", "Источник: ТАСС".
        r"(?!.*[.!?]$)(?:sources?|quellen?|fuentes?|fontes?|источник(?:и)?)\s*:\s*\S.{0,99}",
        # zh / ja / ko: the source, the editor, the reporter ("来源：新华网", "责任编辑：王明").
        r"(?:(?:(?:发布|發佈|发表|發表|更新)?(?:时间|時間|日期)\s*[:：]\s*)?[\d年月日号时時分:./\s-]{4,30}\s*)?"
        r"(?:来源|來源|出典|出所|출처|责任编辑|責任編輯|编辑|編輯|记者|記者|作者|기자)"
        r"\s*[:：]\s*\S.{0,60}",
        # he: "מאת דנה לוי" (by …), a name in a script without case.
        r"מאת\s+[\u05d0-\u05ea\"'׳״-]{2,20}(?:\s+[\u05d0-\u05ea\"'׳״-]{1,20}){0,3}",
        # fa: a news agency's story code and end mark ("کد خبر: ۱۲۳۴۵۶", "انتهای پیام").
        r"(?:کد\s+خبر|شناسه\s+خبر)\s*:?\s*[\d۰-۹]{1,12}|انتهای\s+پیام(?:\s*/\s*\S{1,20})?|"
        r"(?:نویسنده|خبرنگار|منبع)\s*:\s*[^.!?؟]{1,60}",
        # hi: the writer, the reporter, the source ("लेखक: राहुल शर्मा", "स्रोत: पीटीआई").
        r"(?:लेखक|संवाददाता|रिपोर्टर|रिपोर्ट|स्रोत|एजेंसी|द्वारा)\s*:\s*[^।.!?]{1,60}",
        # A post's meta line: "05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde".
        r"(?!.*[.!?]$)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\s*[-|–]\s*)?(?:publicado|publicada|postado|posted|publié|"
        r"pubblicato|veröffentlicht|escrito|written)\s+(?:por|by|par|da|von)\s*:\s*(?-i:\p{Lu}).{0,200}",
        # A name in a script without case ("by ライトハウス国際特許事務所 ／ 2016.12.01"), a date after it.
        r"by\s+[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}ー・]{2,30}(?:\s*[／/|]\s*[\d./年月日-]{6,20})?",
        _FORUM_POST,
        # A Wikimedia wiki's source line over the article: "From Wikipedia, the free encyclopedia".
        r"(?:from|aus|uit|de|da|z|un\s+article\s+de|origem\s*:|материал\s+из)\s+(?:wik\w+|википеди\w+|"
        r"wikimedia\s+commons)(?:\s*[,—–-]\s*(?:the|der|die|de|la|a|l['’]|wolnej|свободной)\s*\w*\s+\w+)?\.?",
    ],
    # --- CP111 social counters and bare numbers -----------------------------------------------
    "CP111": [
        r"[\d.,]+\s*[kKmM]?\s*(?:likes?|shares?|comments?|views?|reads?|retweets?|followers?|reactions?|votes?|restacks?|"
        r"contributions?|helpful\s+votes?|"
        r"replies|responses|kommentare|commentaires?|comentarios?|comentários?|комментари\w*|просмотр\w*|"
        r"commenti|komentar)\W*",
        r"(?:comments?|replies|kommentare|commentaires|comentarios|comentários|комментарии|commenti)\s*\(?\d+\)?",
        r"(?:(?:like|likes|share|shares|tweet|tweets|pin|pins|comment|comments|email)\s*\d+[\s|•·,]*){1,6}",
        r"rating\s*:?\s*[\d.,]+\s*(?:/\s*\d+\s*)?(?:\(?[\d,]*\s*votes?\)?)?\W*",
        r"(?:views|hits|reads|aufrufe|zugriffe|gelesen|vues|lectures|visitas|vistas|lecturas|visualizações|leituras|"
        r"просмотр\w*|visualizzazioni|letture|kommentare\s+insgesamt|(?:total\s+)?comments|commentaires|comentarios|"
        r"comentários|комментари\w*)\s*:\s*[\d.,]+\s*(?:mal|x|times)?\W*",
        # zh: "点击：123", "阅读(45)", "评论（3）", "浏览次数：120次".
        r"(?:点击|點擊|浏览|瀏覽|阅读|閱讀|评论|評論|回复|回覆|人气|人氣)(?:次数|數|数|量)?\s*[:：(（]?\s*\d+\s*次?\s*[)）]?",
        # A rating or feedback widget: "Rate this:", "Was this article helpful?".
        r"(?:rate\s+this(?:\s+(?:article|post|story))?|bewerten(?:\s+sie\s+diesen\s+(?:artikel|beitrag))?|"
        r"évaluer\s+(?:ceci|cet\s+article)|valorar|calificar|avaliar|оценить|valuta)\s*:?|"
        r"(?:(?:was|is)\s+this\s+(?:article|page|post|answer|information)\s+(?:helpful|useful)|"
        r"did\s+you\s+find\s+this\s+(?:article|page|post)\s+(?:helpful|useful)|"
        r"(?:fanden\s+sie|fandest\s+du)\s+(?:diesen\s+artikel|diesen\s+beitrag|diese\s+seite)\s+(?:hilfreich|nützlich)|"
        r"(?:war|ist)\s+(?:dieser\s+artikel|dieser\s+beitrag|diese\s+seite)\s+(?:hilfreich|nützlich)|"
        r"wie\s+bewerten\s+sie\s+(?:diesen\s+artikel|diesen\s+beitrag|diese\s+seite)|"
        r"(?:cet\s+article|cette\s+page)\s+vous\s+a-t-il(?:\s+été)?\s+(?:utile|aidé)|"
        r"(?:este\s+artigo|esta\s+página)\s+foi\s+útil|"
        r"(?:эта\s+статья\s+была\s+полезной|была\s+ли\s+(?:эта\s+)?статья\s+полезной)|"
        r"questo\s+articolo\s+(?:ti\s+)?è\s+stato\s+utile)"
        r"\s*\?\s*(?:(?:yes|no|maybe|ja|nein|oui|non|sim|não|да|нет)\W*){0,3}",
        # Its answers and its thanks: "Yes this page is useful", "Thank you for your feedback",
        # "Help us improve GOV.UK", and the note over its form.
        r"(?:(?:yes|no),?\s+this\s+(?:page|article)\s+(?:is|was)\s+(?:not\s+)?(?:useful|helpful)|"
        r"thanks?(?:\s+you)?\s+for\s+your\s+feedback|help\s+us\s+improve(?:\s+(?:this\s+(?:page|site)|[\w.]{1,30}))?|"
        r"don['’]t\s+include\s+(?:any\s+)?personal\s+(?:or\s+financial\s+)?information\b[^.!?]{0,120})\W*",
        # The Spanish question may open with "¿": apart, since every block opening with a symbol
        # tries it.
        r"¿?(?:(?:te|le)\s+(?:ha\s+)?(?:resultado|parecido|sido)\s+útil(?:\s+(?:este\s+artículo|esta\s+página))?|"
        r"(?:fue|es)\s+útil\s+(?:este\s+artículo|esta\s+página))\s*\?\s*(?:(?:sí|si|no)\W*){0,2}",
        # "Report an error", "Suggest a correction", "Fehler melden": the feedback link.
        r"(?:report\s+(?:an?\s+)?(?:error|typo|mistake|problem|issue|correction)(?:\s+with\s+this\s+page)?|"
        r"suggest\s+a\s+correction|"
        r"report\s+this\s+(?:job|listing|ad|post|page|comment|review|profile|repository)|"
        r"(?:einen\s+)?fehler\s+melden|signaler\s+une\s+erreur|(?:reportar|informar\s+de)\s+(?:un\s+)?error|"
        r"reportar\s+erro|сообщить\s+об\s+ошибке|segnala\s+(?:un\s+)?errore)\W*",
        # A forum's counters: "5 posts • Page 1 of 1", "Posts: 1234"; a recipe's rating widget.
        r"\d[\d,.]*\s+(?:posts?|topics?|replies|messages)\s*[•·|,]\s*page\s+\d+\s+of\s+\d+(?:\s*[•·|,]\s*[\d,\s]+)?",
        r"(?:posts|topics|replies|threads|messages|beiträge|themen|messages|mensajes|mensagens|сообщения)\s*:\s*[\d.,]+",
        r"rate\s+this\s+recipe\W*|[\d.,]+\s+from\s+[\d,]+\s+(?:votes?|ratings?|reviews?)\W*",
        # A Q&A page's counters: "47 Answers" (which opens the answers), "Viewed 3.2m times", "Sorted by:".
        _ANSWERS,
        r"viewed\s+[\d.,]+\s*[kKmM]?\s+times\W*|sorted\s+by(?:\s*:\s*[^.!?]{0,60})?",
        # A shop's rating widget: "4.7 out of 5 stars", "(12,843 reviews)", "5 star 82%", "★★★★☆",
        # "Verified Purchase", "Helpful", "Write a review".
        r"[\d.,]+\s*(?:/|out\s+of|von|sur|de|из|su)\s*5(?:[.,]0)?(?:\s+(?:stars?|sternen?|étoiles|estrellas|estrelas|"
        r"звёзд|звезд|stelle))?\W*(?:\(?[\d.,]+\s*[kK]?\s+(?:reviews?|ratings?|bewertungen|avis|reseñas|opiniones|"
        r"avaliações|отзыв\w*|оцен\w*|recensioni)\)?\W*)?",
        r"\(?[\d.,]+\s*[kK]?\s+(?:(?:customer|global|verified|product)\s+)?(?:reviews?|ratings?|bewertungen|"
        r"rezensionen|kundenrezensionen|avis(?:\s+clients?)?|évaluations|reseñas|opiniones|valoraciones|avaliações|"
        r"opiniões|отзыв\w*|оцен\w*|recensioni)\)?\W*",
        r"[1-5]\s+(?:stars?|sterne?|étoiles?|estrellas?|estrelas?|звезд\w*|stelle|stella)\s*:?\s*(?:\d{1,3}\s*%)?",
        r"[★☆✩✭⭐\s]{1,10}(?:\s*[\d.,]+(?:\s*/\s*5)?)?(?:\s*\(\s*[\d.,]+\s*\))?",
        r"(?:verified\s+(?:purchase|buyer|owner|review)|verifizierter\s+kauf|achat\s+vérifié|avis\s+vérifié|"
        r"compra\s+verificada|покупка\s+подтверждена|acquisto\s+verificato|helpful|hilfreich|"
        r"(?:write|leave|submit)\s+a\s+(?:product\s+)?review|"
        r"(?:rezension|bewertung|kundenrezension)\s+(?:schreiben|verfassen|abgeben)|"
        r"(?:rédiger|écrire|donner|laisser)\s+(?:un|votre)\s+avis|escribir\s+(?:una\s+)?(?:opinión|reseña)|"
        r"escrever\s+(?:uma\s+)?avaliação|avaliar\s+(?:este\s+)?produto|scrivi\s+una\s+recensione)\W*",
        r"(?:was\s+this\s+review\s+helpful(?:\s+to\s+you)?\s*\?(?:\s*(?:yes|no)\W*){0,2}|"
        r"(?:one\s+person|[\d.,]+\s+(?:people|person|customers?))\s+found\s+this\s+helpful)\W*",
    ],
    # --- CP112 a page's "last edited" line (a date in it) ---------------------------------------
    "CP112": [
        # Where and when a notice ran: "Published by State Journal-Register from Dec. 1 to Dec. 3,
        # 2026.", "Originally published in The Times on March 3, 2024."
        r"(?:originally\s+)?(?:published|appeared)\s+(?:by|in|on)\s+[^.!?]{1,80}?\s+(?:on|from)\s+(?=.{0,12}\d)"
        r"[\w\s,.]{3,40}?(?:\s+(?:to|through|until)\s+[\w\s,.]{3,30}?)?\.?",
        r"(?:this\s+page\s+was\s+last\s+(?:edited|modified|updated)|diese\s+seite\s+wurde\s+zuletzt|"
        r"zuletzt\s+(?:aktualisiert|geändert|bearbeitet)|letzte\s+(?:änderung|aktualisierung)|"
        r"cette\s+page\s+a\s+été\s+modifiée\s+pour\s+la\s+dernière\s+fois|dernière\s+(?:mise\s+à\s+"
        r"jour|modification)|"
        r"esta\s+página\s+(?:se\s+editó|fue\s+editada|foi\s+editada)\s+(?:por|pela)\s+última\s+vez|"
        r"última\s+(?:actualización|atualização|modificación|modificação)|последнее\s+изменение(?:\s+этой\s+"
        r"страницы)?|"
        r"ultima\s+modifica)\b[^.!?]{0,80}\d[^!?]{0,60}",
        # A forum's clock: "All times are GMT -5. The time now is 10:15 AM."
        r"all\s+times\s+are\s+(?:gmt|utc)(?:\s*[+-]\s*\d{1,2}(?::\d\d)?)?(?:\s+hours?)?\.?(?:\s+the\s+time\s+now\s+is\s+.{1,30})?",
        # zh / ja: a date with its label ("发布时间：2007-01-01 12:00", "更新日：2023年5月1日").
        r"(?:发布|發佈|发表|發表|更新|公開|投稿|录入|錄入)?(?:时间|時間|日期|日時|日)\s*[:：]\s*[\d年月日号时時分秒:./\s-]{4,40}",
        # A forum post's edit note: "Last edited by saltydog on Mon Oct 14, 2019 9:45 am, edited 1 time in total."
        r"last\s+edited\s+by\s+.{1,60}?(?:\s+on\s+.{4,60}?)?(?:,\s*edited\s+\d+\s+times?\s+in\s+total)?\.?",
        # A Q&A post's dates: "asked Sep 2, 2008 at 7:44", "edited Jan 2, 2023 at 3:10",
        # "Asked 15 years, 3 months ago", "Modified 1 year ago".
        _POST_DATE,
        # A page's dates with the link to its history: "Last updated 12 June 2024 — See all updates".
        r"(?:(?:first\s+)?published|(?:last\s+)?updated)\s+(?=[^.!?]*\d)[^.!?]{4,40}?\s*[—–-]?\s*(?:see|show|view)\s+all\s+updates",
    ],
    # --- CP113 a labelled address -------------------------------------------------------------
    "CP113": [
        # A wiki's print footer: 'Retrieved from "https://en.wikipedia.org/w/index.php?title=…"',
        # „Abgerufen von …“, « Ce document provient de … », «Obtenido de …».
        r"(?:retrieved\s+from|abgerufen\s+von|ce\s+document\s+provient\s+de|obtenido\s+de|obtido\s+(?:em|de)|"
        r"estratto\s+da|источник)\s*[—–:-]?\s*[\"“„«‘']?\s*https?://\S+?\s*[\"”“»’']?\s*\.?",
    ],
    # --- CP114 section headings that end the article body -------------------------------------
    "CP114": [
        _READ_ALSO,  # first: its match says so (Match.read_also)
        r"(?:related|more)(?:\s+"
        r"(?:articles?|stories|posts?|coverage|content|news|videos?|topics?|subjects|reading|links?|"
        r"from\s+.{1,40}|on\s+.{1,40}|in\s+.{1,40}|like\s+this))?\W*",
        # A page's history under it: "Updates to this page".
        r"(?:updates|changes)\s+to\s+this\s+(?:page|article|guidance)\W*",
        # "More Great WIRED Stories", "More Top Stories"
        r"more\s+(?!than\b|of\b)(?:[^\W\d][\w'’&-]*\s+){1,3}(?:stories|articles|reads|videos|posts)\W*",
        r"(?:most|top)\s+(?:read|popular|viewed|shared|commented|emailed|recent)(?:\s+(?:stories|articles|news|posts|videos|[\w-]+))?"
        r"(?:\s+(?:in|on|from)\s+[\w\s&'’-]{1,40})?\W*",
        r"(?:our\s+|the\s+)?(?:trending|popular|latest|top|recent|featured|editor['’]?s)\s*"
        r"(?:now|news|stories|posts|articles|videos?|picks|headlines)?\W*",
        r"(?:you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|recommended(?:\s+(?:for\s+you|stories|articles|reading))?|"
        r"don['’]t\s+miss|what\s+to\s+read\s+next|read\s+next|up\s+next|next\s+up(?:\s+in\s+.{1,40})?|"
        r"baca\s+(?:berikutnya|selanjutnya)|berita\s+(?:terkait|lainnya)|terpopuler|xem\s+thêm|tin\s+liên\s+quan|"
        r"đọc\s+nhiều|"
        r"around\s+the\s+web|from\s+the\s+web|elsewhere\s+on\s+.{1,40}|we\s+recommend|must\s+read|"
        r"(?:quick|useful|helpful|important)\s+links|watch\s+(?:this\s+)?next|watch\s+more|nützliche\s+links|"
        r"weiterführende(?:r)?\s+links?|liens\s+utiles|enlaces\s+(?:útiles|de\s+interés)|links\s+"
        r"úteis|полезные\s+ссылки|"
        r"link\s+utili)\W*",
        r"(?:tags?|topics?|categories|category|filed\s+under|related\s+tags?|keywords|タグ|태그)\b\s*:?.{0,120}",
        # The same labels in the languages we cover, alone or before their list ("Schlagworte:
        # Klima, Energie"); "posted in" and "tagged" before a list that is no sentence.
        r"(?:labels|themen|schlagw(?:orte|örter)|stichw(?:orte|örter)|kategorien?|rubriken?|catégories?|étiquettes|"
        r"mots[- ]clés|etiquetas|categorías?|categorias|marcadores|temas|метки|рубрик[аи]|категори[ия]|ключевые\s+слова|"
        r"argomenti|categorie|etichette)\s*(?::.{0,120})?",
        r"(?:posted|filed)\s+in\s*:?\s*[^.!?]{1,100}|tagged(?:\s+with)?\s*(?::\s*[^.!?]{0,120}|\s[^.!?]{1,120})?|"
        r"(?:veröffentlicht\s+in|abgelegt\s+unter|getaggt\s+mit|verschlagwortet\s+mit|publié\s+dans|classé\s+dans|"
        r"étiqueté\s+(?:avec)?|publicado\s+en|archivado\s+en|etiquetado\s+(?:con|como)|publicado\s+em|arquivado\s+em|"
        r"marcad[oa]\s+com|опубликовано\s+в(?:\s+рубрике)?|pubblicato\s+in)\s*:?\s*[^.!?]{0,120}",
        # WordPress's line under a post: "This entry was posted in News and tagged politics.
        # Bookmark the permalink."
        r"(?:this\s+entry\s+was\s+posted|(?:dieser|der)\s+(?:eintrag|beitrag)\s+wurde\s+"
        r".{0,120}?(?:veröffentlicht|abgelegt|publiziert)|"
        r"cette\s+entrée\s+a\s+été\s+publiée|esta\s+entrada\s+(?:fue|foi)\s+publicada|запись\s+"
        r"опубликована)\b.{0,300}",
        r"other\s+(?:news|stories|articles|posts)(?:\s+(?:in|from)\s+this\s+(?:section|category|site))?\W*",
        # The list of sources after an article: "Sources:", "References", "Quellen"; lynx's list
        # of the page's links ("References", "Visible links", "Hidden links:").
        r"(?:sources|references|bibliography|quellen|literatur|fuentes|referencias|fontes|referências|"
        r"источники|литература|fonti|visible\s+links|hidden\s+links)\s*:?",
        # A comments link or button, alone: also in the share bar above an article.
        r"(?:comments?|view\s+(?:the\s+)?(?:discussion|comments)(?:\s+thread)?|show\s+comments|discussion|"
        r"conversation)\W*",
        *_COMMENTS_OPENERS,
        # hi / th: comments, latest and most read
        _nukta(r"(?:टिप्पणियां|टिप्पणियाँ|(?:ताज़ा|ताजा)\s+(?:खबरें|ख़बरें)|सबसे\s+(?:ज्यादा|ज़्यादा)\s+पढ़ी\s+गई|"
               r"ความคิดเห็น|ข่าวล่าสุด|ข่าวยอดนิยม|ยอดนิยม|บทความแนะนำ)\W*"),
        # de / fr / es / pt / ru / it / id
        r"(?:weitere\s+artikel|das\s+könnte\s+sie\s+auch\s+interessieren|meistgelesen|kommentare|ähnliche\s+artikel|"
        r"articles?\s+(?:similaires|liés|connexes)|les\s+plus\s+lus|commentaires|"
        r"(?:artículos|noticias)\s+relacionad[oa]s|lo\s+más\s+leído|comentarios|"
        r"(?:artigos|notícias|posts)\s+relacionad[oa]s|mais\s+lid[oa]s|comentários|"
        r"похожие\s+(?:статьи|новости)|популярное|(?:самые\s+)?популярные(?:\s+\w+)?|комментарии|другие\s+новости|"
        r"articoli\s+correlati|potrebbe\s+interessarti|commenti|"
        r"gerelateerde\s+(?:artikelen|berichten)|meest\s+gelezen|reacties|"
        r"powiązane\s+(?:artykuły|tematy)|najczęściej\s+czytane|najpopularniejsze|komentarze|"
        r"en\s+çok\s+okunan(?:lar)?|benzer\s+haberler|yorumlar|"
        r"схожі\s+(?:новини|статті)|пов['’]язані\s+(?:новини|статті)|найпопулярніше|коментарі|інші\s+новини|"
        r"(?:artikel|berita)\s+terkait|komentar|weitere\s+beiträge(?:\s+zum\s+thema)?|ähnliche\s+beiträge|"
        r"теги|материалы\s+по\s+теме|関連記事|関連ニュース|관련\s*기사|많이\s*본\s*(?:기사|뉴스)|相关(?:新闻|阅读|文章|推荐|报道)|相關(?:新聞|閱讀|文章|報導)|"
        r"热门(?:新闻|文章|推荐)|推荐阅读|猜你喜欢|(?:网友|我要|发表|查看)?评论|(?:發表)?評論|相关链接|延伸阅读|精彩推荐|推荐文章|人気記事|コメント|많이\s*본\s*기사|인기\s*기사|댓글|"
        # "you may also like"
        r"(?:você|voce)\s+(?:também\s+)?(?:pode|poderá)\s+gostar(?:\s+de)?|talvez\s+(?:você\s+)?goste(?:\s+de)?|"
        r"(?:también\s+)?te\s+puede\s+gustar|quizás\s+te\s+interese|"
        r"vous\s+(?:aimerez|pourriez\s+aimer)(?:\s+(?:aussi|également|peut-être))?|"
        r"das\s+könnte\s+(?:sie|dich)\s+(?:auch\s+)?interessieren|"
        r"вам\s+(?:также\s+)?может\s+(?:понравиться|быть\s+интересно)|рекомендуем|"
        # "read also", "more news", "most read", "recommended"
        r"more\s+on|siehe\s+auch|"
        r"vedi\s+anche|más\s+noticias|mais\s+not[ií]cias|plus\s+d['’]actualit[eé]s|weitere\s+nachrichten|"
        r"altre\s+notizie|empfohlene\s+(?:artikel|beiträge)|самое\s+(?:читаемое|популярное)|"
        r"(?:i\s+)?più\s+(?:letti|popolari)|los\s+más\s+le[ií]dos|(?:as|os)\s+mais\s+lid[oa]s|"
        r"réagir|kommentieren|comentar|комментировать)\W*",
        # A listing site's: "Similar jobs", "More listings like this", "Related products".
        r"(?:similar|related|recommended|more)\s+(?:jobs|listings|products|items|recipes|events|properties|"
        r"courses|videos|podcasts|questions|threads|topics)(?:\s+(?:like\s+this|for\s+you|you\s+may\s+like))?\W*",
        # A blog's sidebar and a shop's: recent posts, similar items, what customers also bought.
        r"(?:(?:weitere|aktuelle)\s+(?:artikel|beiträge|berichte|nachrichten)\s+(?:aus|zu)\s+"
        r"(?:dieser|diesem|der|dem)\s+"
        r"(?:kategorie|rubrik|ressort|thema)|(?:verwandte|passende|beliebte|neueste|letzte)\s+"
        r"(?:artikel|beiträge|themen|kommentare)|"
        r"das\s+thema\s+könnte\s+(?:sie|dich)\s+(?:auch\s+)?interessieren|"
        r"diese\s+beiträge\s+(?:solltest\s+du|sollten\s+sie)\s+nicht\s+verpassen|"
        r"(?:sie\s+)?könnten\s+auch\s+an\s+folgenden\s+(?:artikeln|beiträgen|themen)\s+interessiert\s+sein|"
        r"(?:das|dies)\s+könnte\s+(?:dir|ihnen)\s+auch\s+gefallen|links\s+(?:zu\s+diesem|to\s+this)\s+"
        r"(?:post|beitrag|artikel)|"
        r"kunden\s+(?:kauften|kaufen|interessierten\s+sich)\s+auch(?:\s+für)?)\W*",
        r"(?:(?:à|a)\s+découvrir(?:\s+aussi)?|(?:à|a)\s+voir\s+aussi|dans\s+la\s+même\s+"
        r"rubrique|(?:articles|billets)\s+récents|"
        r"commentaires\s+récents|(?:entradas|artículos)\s+(?:recientes|similares)|comentarios\s+"
        r"recientes|te\s+recomendamos|"
        r"(?:posts|artigos)\s+(?:recentes|populares)|comentários\s+recentes|(?:последние|свежие)\s+"
        r"(?:записи|комментарии)|"
        r"похожие\s+записи|похожее|relacionad[oa]s?|similaires?|articoli\s+recenti|commenti\s+recenti|post\s+"
        r"correlati|"
        r"les\s+clients\s+ont\s+(?:également|aussi)\s+acheté|los\s+clientes\s+también\s+(?:compraron|vieron)|"
        r"(?:os\s+)?clientes\s+também\s+compraram|с\s+этим\s+товаром\s+покупают)\W*",
        r"customers\s+(?:who\s+(?:bought|viewed)\s+this\s+(?:item|product)\s+)?also\s+(?:bought|viewed|purchased)\W*",
        # ar
        r"(?:(?:أخبار|مواضيع|مقالات)\s+ذات\s+صلة|الأكثر\s+(?:قراءة|مشاهدة)|التعليقات|تعليقات|"
        r"أضف\s+تعليق(?:ا[ًً]?)?|اترك\s+تعليق(?:ا[ًً]?)?|"
        # fa, he
        r"پربازدیدترین(?:\s+(?:اخبار|مطالب))?|پربحث[\s\u200c]*ترین|آخرین\s+(?:اخبار|مطالب)|نظرات|ارسال\s+نظر|"
        r"نظر\s+(?:خود\s+را\s+)?بنویسید|برچسب[\s\u200c]*ها|کلمات\s+کلیدی|"
        r"תגובות|הוסיפו\s+תגובה|הוסף\s+תגובה|הכי\s+(?:נקראים|נצפים)|(?:עוד\s+)?כתבות\s+(?:אחרונות|מומלצות)|תגיות)\W*",
        # The author box under an article: "About the author", "About Jane Doe", "Über Moritz
        # Bachmann"; the bio under it is no part of the article.
        r"(?:about\s+the\s+author|sobre\s+(?:o|el)\s+autor|über\s+den\s+autor|à\s+propos\s+de\s+l['’]auteur)\W*.{0,80}|"
        rf"(?:about|über|sobre|acerca\s+de|à\s+propos\s+de)\s+{_NAME}\W*",
        # A Q&A page's sidebars and its answer form.
        r"(?:hot\s+network|related|linked|similar)\s+questions\W*|your\s+answer\W*|post\s+your\s+answer\W*",
    ],
    # --- CP115 comment meta lines -------------------------------------------------------------
    "CP115": [
        _COMMENT_BUTTONS,
        *(rf"(?:(?:{notes})[\s.!:*()]*){{1,4}}" for notes in _COMMENT_FORM_NOTES.values()),
        # Links back to a post from other blogs.
        r"(?:pingback|trackback)\s*(?::|von|de|от)\s*.{1,200}",
        r"(?:log\s+in|sign\s+in)\s+to\s+(?:reply|comment)\W*",
        # "Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment"
        r"sign\s+up\s+for\s+free\s+to\s+join\s+this\s+conversation\b.{0,80}",
        # A forum's: "You must log in or register to reply here."
        r"you\s+must\s+(?:log\s+in|sign\s+in|be\s+logged\s+in)(?:\s+or\s+(?:register|sign\s+up))?\s+to\s+"
        r"(?:reply|post|comment)(?:\s+(?:here|to\s+this\s+(?:thread|topic)))?\W*",
        _POST_NUMBER,
        _POST_HEAD,
        # The labels of a comment form: "Email (required)", "Name *", "Website *".
        r"(?:your\s+|dein(?:e)?\s+|ihr(?:e)?\s+|votre\s+|tu\s+|su\s+|seu\s+|sua\s+|ваш(?:е)?\s+)?"
        r"(?:name|email|e-mail|website|url|comment|message|webseite|kommentar|nachricht|nom|courriel|adresse\s+e-?mail|"
        r"site\s+web|commentaire|nombre|correo(?:\s+electrónico)?|sitio\s+web|comentario|nome|comentário|"
        r"имя|комментарий|сайт)(?:\s+address)?\s*"
        r"(?:\*|\((?:required|optional|will\s+not\s+be\s+published|pflichtfeld|erforderlich|optional|"
        r"wird\s+nicht\s+veröffentlicht|obligatoire|requis|obligatorio|requerido|obrigatório|обязательно)\)\s*\*?)",
    ],
    # --- CP117 a media player's stand-in text (the embed itself is read from markup) ----------
    "CP117": [
        r"(?:media\s+)?playback\s+is\s+(?:unsupported|not\s+supported)\s+on\s+your\s+device\W*|"
        r"your\s+browser\s+does\s+not\s+support\s+(?:the\s+)?(?:video|audio|html5\s+video)(?:\s+"
        r"(?:tag|element|player))?\W*|"
        r"(?:this\s+)?video\s+(?:is\s+)?(?:unavailable|not\s+available)(?:\s+in\s+your\s+(?:country|region))?\W*|"
        r"(?:please\s+)?enable\s+javascript\s+to\s+(?:view|watch|play)\s+(?:this\s+)?(?:video|content)\W*",
        r"this\s+(?:slideshow|gallery|content|video|player|feature|map|chart|graphic)\s+requires\s+javascript\W*",
        # An embedded post's frame: "View this post on Instagram", "A post shared by Alpine Skies
        # (@alpineskies)", "Watch on YouTube", "View on Threads".
        r"(?:view\s+this\s+(?:post|profile|video|photo)\s+on|view\s+on|watch\s+on)\s+(?:instagram|facebook|tiktok|"
        r"threads|youtube|x|twitter|vimeo|bluesky)\W*|"
        r"a\s+(?:post|photo|video|reel)\s+shared\s+by\s+[^()\n]{1,60}?\s*\(@[\w.]{1,40}\)(?:\s+on\s+[\w\s,:]{4,40})?\W*",
        # A player's end screen: "Thanks for watching! Visit Website".
        r"thanks\s+for\s+watching\W*(?:visit\s+(?:the\s+)?(?:website|site)\W*)?",
        # A player's or a gallery's label alone: "Video", "Watch", "Photos", "Listen".
        r"(?:videos?|watch|photos|gallery|audio|listen|play(?:\s+video)?|watch\s+(?:video|now)|vídeos?|fotos|"
        r"galería|galeria|bildergalerie|видео|фото(?:галерея)?)\W*",
        # An audio player's controls and a podcast's app links: "Pause", "1.5x", "Download episode",
        # "Listen on Apple Podcasts", "Subscribe on Spotify".
        r"(?:pause|mute|unmute|download(?:\s+(?:the\s+)?(?:episode|mp3|audio|file))?|play\s+(?:episode|now|audio)|"
        r"listen\s+now|\d(?:[.,]\d{1,2})?\s?[x×]|(?:listen|subscribe|follow)\s+(?:on|in|with|via)\s+(?:apple\s+podcasts|"
        r"spotify|google\s+podcasts|overcast|pocket\s+casts|youtube(?:\s+music)?|amazon\s+music|castbox|stitcher|"
        r"deezer|castro|podcast\s+addict|itunes|soundcloud|audible|the\s+app))\W*",
    ],
    # --- CP118 a shop's buttons, savings, stock and delivery lines -----------------------------
    # Each alone on its line: a sentence about a sale or a sold-out show has other words. (A price
    # alone is no chrome: see is_price.)
    "CP118": [
        # Cart, wish-list and buy buttons: "Add to Cart", "Cart (0)", "In den Warenkorb", "Купить".
        r"(?:add\s+to\s+(?:cart|bag|basket|trolley|wish\s*list|favou?rites|compare|registry)|buy\s+(?:it\s+)?now|"
        r"shop\s+now|(?:proceed\s+to\s+)?checkout|view\s+(?:cart|bag|basket)|(?:shopping\s+|my\s+)?(?:cart|basket)|"
        r"quick\s+(?:view|shop)|notify\s+me(?:\s+when\s+(?:available|in\s+stock))?|(?:select|choose)\s+options|"
        r"(?:in\s+den\s+)?warenkorb(?:\s+legen)?|zum\s+warenkorb|jetzt\s+kaufen|auf\s+die\s+(?:merk|wunsch)liste|"
        r"ajouter\s+au\s+panier|(?:voir\s+(?:le\s+|mon\s+)?)?panier|acheter(?:\s+maintenant)?|"
        r"(?:añadir|agregar)\s+al\s+carrito|(?:ver\s+(?:el\s+)?)?carrito|comprar(?:\s+ahora|\s+agora|\s+já)?|"
        r"adicionar\s+ao\s+carrinho|(?:ver\s+)?carrinho|(?:добавить\s+)?в\s+корзину|корзина|"
        r"купить(?:\s+в\s+(?:один|1)\s+клик)?|aggiungi\s+al\s+carrello|carrello|acquista(?:\s+ora)?|"
        r"in\s+(?:de\s+)?winkelwagen|winkelwagen|(?:bestel|koop)\s+nu)(?:\s*\(\s*\d+\s*\))?\W*",
        # A job board's buttons: "Apply now", "Easy Apply", "Save job", "Jetzt bewerben".
        r"(?:(?:easy\s+|quick\s+)?apply(?:\s+(?:now|for\s+this\s+(?:job|position|role)|on\s+(?:the\s+)?company\s+"
        r"(?:website|site)))?|save\s+(?:this\s+)?job|(?:jetzt|direkt)\s+bewerben|job\s+merken|postuler(?:\s+maintenant)?|"
        r"(?:aplicar|postularme|postular|inscribirme)(?:\s+(?:ahora|a\s+esta\s+oferta))?|candidatar-se(?:\s+agora)?|"
        r"откликнуться|candidati(?:\s+ora)?)\W*",
        # Stock: "In stock", "Only 3 left in stock - order soon.", "Auf Lager", "Нет в наличии".
        r"(?:in\s+stock|out\s+of\s+stock|sold\s+out|(?:only\s+)?\d+\s+left(?:\s+in\s+stock)?(?:\s*[-–]\s*order\s+soon)?|"
        r"(?:temporarily|currently)\s+(?:unavailable|out\s+of\s+stock)|pre-?order(?:\s+now)?|back-?ordered|"
        r"(?:nur\s+noch\s+\d+\s+)?(?:auf\s+lager|vorrätig)|nicht\s+(?:auf\s+lager|(?:mehr\s+)?verfügbar|lieferbar)|"
        r"sofort\s+lieferbar|ausverkauft|en\s+stock|(?:en\s+)?rupture\s+de\s+stock|épuisé|en\s+existencia|agotado|"
        r"sin\s+(?:stock|existencias)|em\s+estoque|esgotado|fora\s+de\s+estoque|(?:есть\s+)?в\s+наличии|"
        r"нет\s+в\s+наличии|под\s+заказ|esaurito|non\s+disponibile|(?:niet\s+)?op\s+voorraad|uitverkocht)\W*",
        # A quantity field: "Qty", "Quantity: 1", "Menge - 1 +".
        r"(?:qty|quantity|menge|anzahl|quantité|cantidad|quantidade|количество|quantità|aantal)\s*:?\s*[-−–]?\s*"
        r"\d{0,3}\s*\+?",
        # The saving: "Save 29%", "You save $10.05 (29%)", "-29%", "50% off". (A price alone is
        # no chrome: see is_price.)
        rf"(?:save|you\s+save|sparen\s+sie|sie\s+sparen|économisez|ahorra|ahorras|economize|скидка|экономия|risparmi)"
        rf"\s*:?\s*(?:{_MONEY}|\d{{1,2}}\s*%)(?:\s*\(\s*\d{{1,2}}\s*%\s*\))?\W*|"
        r"[-−]\s*\d{1,2}\s*%|\d{1,2}\s*%\s*(?:off|rabatt|de\s+(?:descuento|réduction|desconto)|скидка|sconto)\W*",
        # Delivery and tax: "Free shipping on orders over $50", "Ships in 1-2 business days",
        # "inkl. MwSt., zzgl. Versandkosten", "Livraison gratuite".
        r"(?:free\s+(?:standard\s+|express\s+)?(?:shipping|delivery|returns)(?:\s+(?:(?:and|&)\s+(?:free\s+)?returns|"
        r"worldwide|on\s+(?:all\s+)?(?:orders?|purchases?)(?:\s+(?:over|above|of)\s+\S{1,12})?))*|"
        r"(?:usually\s+)?(?:ships|dispatche[sd]|delivered|arrives)\s+(?:in|within)\s+\d+(?:\s*[-–]\s*\d+)?\s+"
        r"(?:business\s+|working\s+)?(?:days|hours|weeks)|(?:plus|\+)\s+(?:shipping|delivery)|"
        r"(?:incl\.?|including)\s+(?:vat|tax(?:es)?)(?:\s*,?\s*(?:plus|excl\.?)\s+(?:shipping|delivery))?|"
        r"inkl\.?\s+mwst\.?(?:\s*,?\s*zzgl\.?\s+versand(?:kosten)?)?|zzgl\.?\s+versand(?:kosten)?|"
        r"(?:kostenloser|gratis)\s+versand|versandkostenfrei|lieferzeit\s*:\s*[^.!?]{1,30}|"
        r"livraison\s+(?:gratuite|offerte)|envío\s+(?:gratis|gratuito)|frete\s+grátis|бесплатная\s+доставка|"
        r"spedizione\s+gratuita)(?:\s+(?:ab|über|dès|desde|a\s+partir\s+de|acima\s+de|от|sopra)\s+\S{1,12})?\W*",
        # A product's stock number: "SKU: L8SK3", "Art.-Nr.: 12345".
        r"(?:sku|item\s+(?:no\.?|number|#)|product\s+code|art\.?-?nr\.?|artikelnummer|réf(?:érence)?|"
        r"артикул|código)\s*[:#.]?\s*[\w-]{2,24}",
    ],
}
_COOKIE = ("cookie",)
# Phrases that mark a whole block (of at most CONTAINS_MAX characters) as chrome wherever they
# stand in it: a cookie notice or a rights line is chrome even inside a longer sentence. Each
# pattern comes with the words (in lower case) of which a block it matches holds one.
CONTAINS: dict[str, list[tuple[tuple[str, ...], str]]] = {
    # A cookie notice; "the bakery sells cookies" has no site that uses them.
    "CP107": [
        (_COOKIE,
         r"\b(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies\b"),
        (_COOKIE,
         r"\b(?:cookie\s+(?:policy|settings|preferences|notice|consent)|accept\s+(?:all\s+)?cookies|"
         r"use\s+of\s+cookies)\b"),
        (_COOKIE,
         r"\b(?:verwendet|nutzt|speichert|setzt)\s+cookies\b|\butilise\s+des\s+"
         r"cookies\b|\b(?:utiliza|usa|utilizamos|usamos)\s+cookies\b"),
        (_COOKIE,
         r"\b(?:использует|используем)\s+(?:cookies?|файлы\s+cookie)\b|\butilizza\s+(?:i\s+)?cookie\b"),
        (_COOKIE,
         r"\b(?:wir\s+(?:verwenden|nutzen)|nous\s+utilisons(?:\s+des)?|utilizziamo(?:\s+i)?)\s+cookies?\b|"
         r"\b(?:(?:alle\s+)?cookies\s+(?:akzeptieren|zulassen)|accepter\s+(?:les\s+|tous\s+les\s+)?cookies|"
         r"aceptar\s+(?:las\s+|todas\s+las\s+)?cookies|aceitar\s+(?:os\s+|todos\s+os\s+)?cookies|"
         r"accetta\s+(?:i\s+|tutti\s+i\s+)?cookie|принять\s+(?:все\s+)?(?:cookies?|файлы\s+cookie))"),
        # nl / pl / tr
        (_COOKIE + ("çerez",),
         r"\bmaakt\s+gebruik\s+van\s+cookies\b|\b(?:alle\s+)?cookies\s+accepteren\b|\bwij\s+gebruiken\s+cookies\b|"
         r"\b(?:korzysta|korzystamy)\s+z\s+(?:plików\s+)?cookies?\b|\b(?:używa|używamy)\s+(?:plików\s+)?cookies?\b|"
         r"\bçerez(?:ler)?(?:i|ini)?\s+kullan\w*|\bçerez\s+politikası\b|"
         r"\b(?:використовує|використовуємо)\s+(?:файли\s+)?cookies?\b"),
        # Google's notice on forms it guards.
        (("recaptcha",),
         r"\bprotected\s+by\s+recaptcha\b"),
        # cs, sk, sv, da, no, fi, ro, hu, el, vi
        (_COOKIE + ("evästeitä", "sütiket"),
         r"\b(?:používá|používáme|používa|používame)\s+(?:soubory\s+|súbory\s+)?cookies?\b|"
         r"\b(?:använder|bruger|bruker)\s+(?:vi\s+)?cookies\b|\b(?:käyttää|käytämme)\s+evästeitä\b|"
         r"\b(?:folosește|folosim|utilizează|utilizăm)\s+(?:module\s+)?cookie(?:-uri)?\b|\bsütiket\s+használ\w*|"
         r"\bχρησιμοποιεί\s+cookies\b|\bsử\s+dụng\s+cookie\b"),
    ],
    # Newsletter small print: a sentence about a newsletter (CP101 keeps) does not promise this.
    "CP101": [(("unsubscribe",), r"\b(?:you\s+can|you\s+may)\s+unsubscribe\s+at\s+any\s+time\b"),
              # A call to sign up that opens the block or follows a sentence in it ("Want more
              # deals? Join our newsletter."); a report that someone subscribed is not a call.
              (("newsletter", "inbox", "news alerts", "mail alerts"),
               r"(?:^|(?<=[.!?:]\s))(?:please,?\s+)?(?:subscribe|sign\s*up|join|get|receive)\b[^.!?]{0,80}"
               r"\b(?:newsletters?|(?:in|to)\s+your\s+inbox|(?:breaking\s+)?(?:news|e-?mail)\s+alerts)\b"),
              # The site's own call, ending the block ("Please, fill the form to subscribe to our
              # newsletter"; a quotation goes on with who said it), and the confirmation its
              # sign-up box shows, an imperative opening a sentence.
              (("newsletter",), r"\bsubscribe\s+to\s+our\s+(?:[\w-]+\s+){0,2}newsletters?\W*$"),
              (("subscription",),
               r"(?:^|(?<=[.!?:]\s))(?:please,?\s+)?(?:activate|confirm)\s+your\s+(?:newsletter\s+)?subscription\b")],
    # A call to follow an account on a network, opening a block or after a sentence in it (an
    # author's bio line: "Follow her on Twitter @jdoe or Instagram").
    "CP103": [(("follow",),
               rf"(?:^|(?<=[.!?:]\s))follow\s+(?:us|me|him|her|them|@\w+|[\w.'’&-]+(?:\s+[\w.'’&-]+){{0,5}}?)"
               rf"(?:\s+\(@\w+\))?\s+on\s*(?:{_SOCIAL}\b|$)")],
    # Affiliate disclosures: the site, in the first person, earns from links ("we may earn a
    # commission"); a report about another company's commissions is in the third person.
    "CP105": [(tuple(f"{m} {v}" for m in ("may", "might") for v in ("receive", "earn", "get", "make")),
               r"\b(?:we|i)\s+(?:may|might)\s+(?:receive|earn|get|make)\s+(?:a\s+)?(?:small\s+)?"
               r"(?:commission|share\s+of\s+(?:the\s+)?(?:sales|revenue)|affiliate\s+commission|compensation)\b"),
              (("if you buy", "if you purchase"),
               r"\bif\s+you\s+(?:buy|purchase)\s+(?:something|anything|a\s+product)\s+(?:through|from|via)\s+"
               r"(?:this|our|these|a|one\s+of\s+(?:our|these|the))\s+(?:post|links?|article|page|site)")],
    # Rights reserved, in the languages we cover; Korean "no reproduction or redistribution";
    # trademark and legal notices. A news sentence about a trademark dispute rarely says "is a
    # registered trademark of", but one that does is lost: the price of catching footers.
    # A wiki's hatnote naming the title that redirected to the article: "“Old Town” redirects here."
    "CP106": [(("redirects here",), r"^[\"“]?[^\"“”.]{1,80}[\"”]?\s+redirects\s+here\.")],
    "CP108": [
        (("right", "rechte", "droits", "derechos", "direitos", "права", "diritti", "riservata", "hak cipta",
          "prawa zastrzeżone", "hakları saklı", "práva", "rättigheter", "rettighe", "oikeudet", "drepturile",
          "minden jog", "δικαιώματος", "bản quyền", "جميع الحقوق", "सर्वाधिकार", "สงวนลิขสิทธิ์", "حقوق",
          "הזכויות"),
         r"\b(?:all\s+rights?\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|"
         r"todos\s+los\s+derechos\s+reservados|todos\s+os\s+direitos\s+reservados|все\s+права\s+защищены|"
         r"tutti\s+i\s+diritti\s+riservati|riproduzione\s+riservata|hak\s+cipta\s+dilindungi|"
         r"alle\s+rechten\s+voorbehouden|wszelkie\s+prawa\s+zastrzeżone|tüm\s+hakları\s+saklıdır|"
         r"(?:усі|всі)\s+права\s+захищені|"
         r"všechna\s+práva\s+vyhrazena|všetky\s+práva\s+vyhradené|alla\s+rättigheter\s+förbehållna|"
         r"alle\s+rettigheder\s+(?:forbeholdes|forbeholdt)|alle\s+rettigheter\s+(?:reservert|forbeholdt)|"
         r"kaikki\s+oikeudet\s+pidätetään|toate\s+drepturile\s+rezervate|minden\s+jog\s+fenntartva|"
         r"με\s+επιφύλαξη\s+παντός\s+δικαιώματος|bản\s+quyền\s+thuộc\s+về)\b|"
         r"جميع\s+الحقوق\s+محفوظة|सर्वाधिकार\s+सुरक्षित|สงวนลิขสิทธิ์|"
         # fa: "تمامی حقوق این سایت محفوظ است", "کلیه حقوق … محفوظ است"; he: "כל הזכויות שמורות"
         r"(?:تمامی|کلیه)\s+حقوق\b.{0,80}?محفوظ|כל\s+הזכויות\s+שמורות"),
        (("무단", "재배포", "版权所有", "版權所有", "保留所有权利", "著作権", "無断転載", "禁止转载", "未经授权", "icp"),
         r"무단\s*전재|재배포\s*금지|版权所有|版權所有|保留所有权利|著作権|無断転載|禁止转载|未经授权|icp(?:备|證|证)"),
        # Trademark notices and the standard supplement disclaimer of site footers.
        (("trademark",), r"\b(?:are|is)\s+(?:a\s+)?(?:registered\s+)?trademarks?\s+of\b|\bregistered\s+trademarks?\b"),
        (("food and drug",), r"\bnot\s+been\s+evaluated\s+by\s+the\s+food\s+and\s+drug\s+administration\b"),
        (("right",), r"\bthis\s+(?:document|article|material|content|work)\s+is\s+subject\s+to\s+copyright\b"),
    ],
}
CONTAINS_MAX = 400
# The words (in lower case) that open the way to the CONTAINS patterns: a block holds one of a
# pattern's words, or the pattern cannot match it. A cheap test first, and then only the patterns
# of the words found are tried (the whole alternation over a line of prose cost 150 µs).
_CONTAINS_LIST = [(f"{code}_{i}", needs, p) for code, pats in CONTAINS.items() for i, (needs, p) in enumerate(pats)]
_CONTAINS_KEYS = tuple(sorted({w for _, needs, _ in _CONTAINS_LIST for w in needs}))
_CONTAINS_BY_KEY = {w: [n for n, (_, needs, _) in enumerate(_CONTAINS_LIST) if w in needs] for w in _CONTAINS_KEYS}


def _any_of(words: Iterable[str]) -> str:
    """A pattern to search a text for any of ``words``, factored by their first letters ("ab|ac"
    -> "a(?:b|c)"): the engine then tries one branch per letter of the text, not one per word (a
    search with the plain alternation cost nearly twice as much). A word that extends another
    is left out: a text that holds it holds the shorter one.

    >>> _any_of(["cookie", "copy", "right"])
    '(?:co(?:okie|py)|right)'
    """
    words = set(words)
    if "" in words:
        return ""
    heads: dict[str, list[str]] = {}
    for w in sorted(words):
        heads.setdefault(w[0], []).append(w[1:])
    branches = [re.escape(c) + _any_of(rest) for c, rest in heads.items()]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


_CONTAINS_KEY = re.compile(_any_of(_CONTAINS_KEYS))  # searched in lower case

# Patterns that open with a general class (any name, any text before a separator) would be tried
# at every prose line; each runs only on blocks of at most its length (None: any) where a cheap
# test of the block and its lower case says it could match.
_SEPARATORS = "|»›>•·/"
# Cheap tests run on every short block: the standard library's engine is the faster for them.
_TWO_SEPARATORS = re.compile(f"[{_SEPARATORS}].*[{_SEPARATORS}]", re.DOTALL)
# A numbered list item ("3) Box set: Interstellar/Inception/Tenet") is no breadcrumb.
_LIST_NUMBER = re.compile(r"\d{1,3}[.)]\s")
# Nor are labelled figures ("Calories: 196kcal | Protein: 3g", "Prep: 10 min | Serves: 4").
_LABELLED_FIGURES = re.compile(r"[^\W\d_]:\s*\d.*[^\W\d_]:\s*\d", re.DOTALL)

# Nor is a page's <title>, a headline of five words or more before its author and site ("Why
# Your Data Pipeline Needs Idempotency | by Jane Park | Towards Data Science").
_HEADLINE_FIRST = re.compile(r"(?:[^|»›>•·/\s]+ ){4,}[^|»›>•·/\s]+ \| ")


def _ends_a_sentence(t: str) -> bool:
    """Nor is a sentence with a few separators in it ("… the <html> tag and <!DOCTYPE html>
    lines."): it ends with a word in small letters and a full stop, or with ! or ? ("U.S." may
    end a trail)."""
    t = t.rstrip("'’\"”)")
    return t[-1:] in ("!", "?") or (t[-1:] == "." and t[-2:-1].islower())


# The role words that end a "Name, Role" byline, as a cheap test before the name pattern, searched
# in lower case (a case-blind alternation costs the engine twice as much).
_ROLE = re.compile(r"writer|reporter|contributor|correspondent|columnist|editor|associated\s+press")
#: The words a paper's name ends with, after a writer's name (a cheap test, in C).
_PAPER_ENDINGS = ("insider", "times", "post", "news", "journal", "press", "today", "herald", "tribune", "guardian",
                  "telegraph", "chronicle", "gazette", "independent", "reuters", "bloomberg", "magazine", "weekly",
                  "daily")
#: The agencies a story is written with ("… avec AFP"): such a line ends with one (a cheap test, in C).
_AGENCY_ENDINGS = ("afp", "ap", "reuters", "dpa", "efe", "ansa", "bloomberg", "agence", "agences", "agencias",
                   "agências")
_AGENCY_BRACKETS = ("reuters]", "ap]", "afp]", "getty]", "getty images]", "epa]")
_AGENCY_SLASHED = ("/getty", "/getty images", "/ap", "/afp", "/reuters", "/epa", "/bloomberg", "/shutterstock", "/alamy",
                   "/ap photo", "/afp photo", "/reuters photo", "/getty photo")
_AGENCY_END = re.compile(r"\((?:AP|AFP|Reuters|EPA|Getty Images|dpa|DPA|Xinhua)(?: [Pp]hoto)?\)\W*$")
GUARDED: list[tuple[str, str, int | None, object]] = [
    # CP101 a newsletter heading: "Pick Six Newsletter", "Get our daily newsletter".
    ("CP101", r"[\w\s'’&-]{0,30}\bnewsletters?\W*", 45, lambda t, low: "ewsletter" in t),
    # CP101 a German call to subscribe to anything: "Nachrichtenüberblick abonnieren", "Podcast abonnieren".
    ("CP101", r"(?:[\w-]+\s+){1,3}abonnieren\W*", 60, lambda t, low: "abonnieren" in t),
    # CP104 a breadcrumb's first items, the last one on the next line: "tinyparse 2.1 documentation »".
    ("CP104", r"[^»›|\n]{1,60}?\s[»›]", 64, lambda t, low: t.endswith(("»", "›"))),
    # CP109 an agency credit after a slash: "Sanjeev Verma/Hindustan Times/Getty Images".
    ("CP109", r".{0,80}(?:/|\|)\s*(?:getty\s+images|afp|reuters|ap|ap\s+photo|shutterstock|istock|epa|dpa|alamy|"
              r"bloomberg|ritzau|anadolu|sipa|xinhua|tass|ria\s+novosti)(?:\s+via\s+.{1,40})?\)?",
     140, lambda t, low: "/" in t or "|" in t),
    # CP109 a caption that ends with its photo credit: "… shutdown. (Elias Funez/The Union via AP)",
    # "… (AP Photo/Evan Vucci)", "… (Photo by Jane Doe/Getty Images)", or whose last sentence is
    # its credit, which names someone: "… equivalent. Credit: ESA", "… Credit: 20th Century Fox".
    # An article's sentence ends with its full stop, not with a credit. Its key says it carries
    # its credit (Match.captioned): no block beside it is its caption (CP203).
    ("CP109 caption", r".{0,500}?\((?:(?:ap|afp|reuters|epa|getty)(?:\s+photo)?\s*/[^()]{2,60}|"
              r"(?-i:AP|AFP|Reuters|EPA|Getty\s+Images|dpa|DPA|Xinhua)(?:\s+photo)?|"
              r"(?-i:\p{Lu})[^()]{1,79}/\s*(?:[^()]{0,40}\s)?(?:via\s+)?(?:ap|afp|reuters|getty\s+images|epa|bloomberg|shutterstock)"
              r"(?:\s+photo)?|photo(?:graph)?s?(?::|\s+by)\s[^()]{2,80}|(?:image|photo)\s+(?:credit|courtesy)[^()]{0,80}|"
              r"(?:image|picture|pic)s?\s*:\s*[^()]{1,60})\)\W*|"
              r".{10,500}?(?:[.!?\]”\"]\s+|\s(?=(?-i:[A-Z])))(?:(?:photo|image|picture)\s+)?credits?\s*:\s*"
              r"(?:(?-i:\p{Lu})|\d|©)[^.!?]{1,60}|"
              # "… Bolivia, November 19, 2019. © Reuters / David Mercado"
              r".{10,500}?[.!?”\"]\s+©\s*(?-i:\p{Lu})[^.!?©]{1,60}|"
              # "… earnings. Photograph by Robyn Beck/AFP/Getty Images", "… easy. Kathrin Ziegler/Getty"
              r".{10,500}?[.!?”\"]\s+(?:(?:photograph|photo|picture|image)\s+by\s+[^.!?]{2,80}|"
              r"(?-i:\p{Lu})[\p{L}'’.-]+(?:\s+(?-i:\p{Lu})[\p{L}'’.-]+){0,3}\s*/\s*"
              r"(?:getty(?:\s+images)?|ap|afp|reuters|epa|bloomberg|shutterstock|alamy)(?:\s+photo)?)|"
              # "… invaded the country in 2001 [File: Reuters]"
              r".{10,500}?\s\[(?:file\s*:?\s*)?(?:reuters|ap|afp|getty(?:\s+images)?|epa|[^\[\]/]{1,40}/[^\[\]]{1,40})\]",
     None, lambda t, low: (t[-1] == ")" and ("/" in t or "photo" in low or "credit" in low or "image" in low
                                             or "pic" in low or _AGENCY_END.search(t))
                          or (t[-1] == "]" and ("file" in low or "/" in t or low.endswith(_AGENCY_BRACKETS)))
                          or (t[-1] not in ".!?" and ("credit" in low or "©" in t or " by " in low
                                                      or low.endswith(_AGENCY_SLASHED))))),
    # CP104 breadcrumbs: short items joined by |, », ›, >, / or •; the items have at most forty
    # characters, so a sentence with one slash in it is not caught.
    ("CP104", r"[^|»›>•·/\n]{1,40}(?:\s*[|»›>•·/]\s*[^|»›>•·/\n]{1,40}){2,}\s*[|»›>•·/]?",
     None, lambda t, low: (_TWO_SEPARATORS.search(t) is not None and not _LIST_NUMBER.match(t)
                           and not _ends_a_sentence(t) and not _LABELLED_FIGURES.search(t)
                           and not _HEADLINE_FIRST.match(t))),
    # CP110 a name and a role: "Jane Doe, Staff Writer", "Tom Krisher, AP Auto Writer".
    ("CP110", rf"{_NAME}\s*(?:,|\||-|–)?\s*(?:staff\s+writer|staff\s+reporter|contributor|correspondent|columnist|"
              rf"opinion\s+columnist|editor|senior\s+editor|reporter|news\s+editor|associated\s+press)\W*|"
              rf"{_NAME}\s*,\s*(?:[\p{{L}}-]+\s+){{1,3}}(?:writer|reporter|correspondent|columnist|editor)\W*",
     80, lambda t, low: _ROLE.search(low) is not None),
    # CP110 a name and the paper: "Tanza Loudenback, Business Insider", "Meg Kinnard and Errin
    # Haines, Associated Press", "Kevin Johnson and Kevin McCoy USA TODAY".
    # A separator between them, or a paper's name in capitals: "Good News" is a heading.
    ("CP110", rf"{_NAMES}(?:\s*[,|–—-]\s*(?:the\s+)?(?:(?-i:\p{{Lu}}[\p{{L}}.&'’-]*)\s+){{0,3}}(?:insider|times|post|"
              rf"news|journal|press|today|herald|tribune|guardian|telegraph|chronicle|gazette|independent|reuters|"
              rf"bloomberg|magazine|weekly|daily)|\s+(?-i:[A-Z]{{2,}}(?:\s+[A-Z]{{2,}}){{0,3}}))", 90,
     lambda t, low: low.endswith(_PAPER_ENDINGS) and not _ends_a_sentence(t)),
    # CP110 the newsroom and the agencies it wrote with: "Le Monde avec AFP", "(With Reuters)".
    ("CP110", r"\(?(?:[\w'’.&-]+(?:\s+[\w'’.&-]+){0,4}\s+)?(?:with|avec|mit|con|com|с)\s+(?:l['’])?"
              rf"(?:{'|'.join(_AGENCY_ENDINGS)})"
              r"(?:\s+(?:and|et|und|y|e|и)\s+[\w'’.&-]+)?\)?\W*",
     80, lambda t, low: low.rstrip(").:;–— -").endswith(_AGENCY_ENDINGS)),
    # CP112 a dateline alone on its line, the paragraph after it: "Madrid, 27 abr (EFE).-",
    # "WASHINGTON (Sputnik) -". The dash or colon at its end sets it apart from "Name (Party)".
    ("CP112", rf"{_NAME}(?:\s*,\s*[\w .]{{1,25}}?)?\s*\((?:(?-i:\p{{Lu}})[\p{{L}}\s.&-]{{1,25}}|dpa|epd|kna|sid|apa)\)\s*\.?\s*[:–—-]",
     60, lambda t, low: t[-1] in ":–—-" and "(" in t),
    # CP111 numbers and separators alone ("4 55 3", "1 / 23"); could catch a lone score line.
    ("CP111", r"[\d\s.,:|/+•·-]{1,30}", 30, lambda t, low: not any(map(str.isalpha, t))),
    # CP112 a post's age as social sites print it under the author: "5h", "2d", "1mo", "1 mo. ago".
    ("CP112", r"\d{1,2}\s?(?:h|hr|hrs|d|w|wk|mo|y|yr|min)\.?(?:\s+ago)?", 12,
     lambda t, low: t[:1].isdigit() and t[-1:] in "hdwoyrns."),
    # CP112 an issue's or a pull request's meta line: "mchen opened this issue Nov 2, 2026 · 3 comments".
    ("CP112", r"[\w.-]{1,40}\s+(?:opened|closed|merged|reopened)\s+this\s+(?:issue|pull\s+request)\s+(?:on\s+)?"
              r"[^.!?·]{4,40}?(?:\s*·\s*(?:\d+|no)\s+comments?)?", 120, lambda t, low: " this " in low),
    # CP111 a reaction's emoji and count: "👍 4", "❤️ 12".
    ("CP111", r"(?:[\p{So}\p{Sk}\uFE0F\u200D]+\s*\d{1,6}\s*){1,8}", 60, lambda t, low: not any(map(str.isalpha, t))),
    # CP111 a video's counter line: "812,345 views  Mar 3, 2024  #engineering #bridges".
    ("CP111", r"[\d.,]+\s*[km]?\s*views\s*[•·|]?\s*(?:(?:[^\W\d]{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
              r"\d{1,2}\.?\s+[^\W\d]{3,9}\.?\s+\d{4}|\d+\s+\w+\s+ago|(?:streamed\s+live|premiered)\s+(?:on\s+)?"
              r"[\w\s,.]{4,20}?)\s*)(?:#[\w-]+\s*)*", 120, lambda t, low: "views" in low),
    # CP113 a URL, an e-mail address or a bare domain, alone.
    ("CP113", r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
              r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|co|io|info|news|de|fr|es|it|ru|br|uk|in|kr|jp|id|nl|pl)(?:/\S*)?",
     None, lambda t, low: " " not in t),
    # CP110 a Korean reporter's line: "김철수 기자 kim@example.co.kr", "(서울=연합뉴스) 김철수 기자 =".
    ("CP110", r"(?:\(?[가-힣]{1,10}\s*=\s*[가-힣]{2,10}\)?\s*)?[가-힣]{2,4}\s*(?:기자|특파원|객원기자|논설위원)\s*=?"
              r"(?:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?",
     80, lambda t, low: "기자" in t or "특파원" in t or "논설위원" in t),
    # CP110 a credit line under a story: "Fox News' Jessica Napoli contributed to this report.",
    # "Keith Bradsher contributed reporting from Hong Kong." One sentence, nothing after it.
    ("CP110", r"[^.!?]{2,160}?\s+contributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting)"
              r"(?:\s+(?:from|in)\s+[^.!?]{1,60})?\.?",
     240, lambda t, low: "contributed" in low),
    # CP103 a bare social handle.
    ("CP103", r"@[A-Za-z0-9_]{2,30}", None, lambda t, low: t.startswith("@")),
    # CP115 a comment author line: a handle that "says:" (WordPress), or that said or wrote at a
    # date ("Jane (Site) on May 2, 2018 at 4:47 pm said:"). Without a date, "Smith said:" opens a
    # quotation in an article; a handle holds no function word ("The minister says:"). It opens
    # the comments: no such line stands above an article.
    ("CP115 author", rf"{_HANDLE}\s+(?:says|schreibt|dice|пишет)\s*:|"
              rf"{_HANDLE}\s+(?:on|am|le|el|em|il)\s+[\w ,./:-]{{0,30}}?\d[\w ,./:-]{{0,30}}?\s+"
              r"(?:says|said|wrote|replied|schreibt|a\s+écrit|dice|disse|escribió|пишет)\s*:",
     100, lambda t, low: t.endswith(":") and _is_handle(low)),
]
_GUARDED = [(code, regex.compile(p, regex.IGNORECASE | regex.VERSION0), most or 1 << 62, guard)
            for code, p, most, guard in GUARDED]
# The guarded patterns a block of each length may match, in order: most blocks are too long for
# most of them, and are spared testing each limit.
_GUARD_LIMITS = sorted({most for _, _, most, _ in _GUARDED} | {1 << 62})  # the last: any length
_GUARDED_UPTO = [[(code, pattern, guard) for code, pattern, most, guard in _GUARDED if most >= limit]
                 for limit in _GUARD_LIMITS]

# Rules whose headings close the article: the body of text never runs across them (but for a
# comment's buttons alone).
SECTION_END = frozenset({"CP114", "CP115"})


@lru_cache(maxsize=256)
def _contains_group(members: tuple[int, ...]) -> regex.Pattern[str]:
    """The alternation of CONTAINS patterns ``members``, in their order: searched, it finds what
    the alternation of them all would in a block that holds none of the others' words."""
    return regex.compile("|".join(f"(?P<{_CONTAINS_LIST[n][0]}>{_CONTAINS_LIST[n][2]})" for n in members),
                         regex.IGNORECASE | regex.VERSION0)


def _contains(text: str, low: str) -> regex.Match[str] | None:
    """The first CONTAINS pattern found in ``text`` (``low`` its lower case), by the words in it."""
    if not _CONTAINS_KEY.search(low):
        return None
    members = sorted({n for w in _CONTAINS_KEYS if w in low for n in _CONTAINS_BY_KEY[w]})
    return _contains_group(tuple(members)).search(text)

# Every pattern of PATTERNS opens with a word from its own text (or with a digit or a symbol). A
# block that starts with a letter is tried only against the patterns that contain a word with the
# same first three letters ("Login" meets log\s*in, "Photos" meets photos?): a small alternation
# instead of the whole, compiled on first use.
_PATTERN_LIST = [(f"{code}_{i}", p) for code, pats in PATTERNS.items() for i, p in enumerate(pats)]
_BY_PREFIX: dict[str, tuple[int, ...]] = {}


def _fold(word: str) -> str:
    """Lower case without accents: the key of the first-letters index."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


_KEYS: dict[str, str] = {}  # word -> key, at import: the patterns share most of their words
for _n, (_name, _p) in enumerate(_PATTERN_LIST):
    # A character class inside a word ("s[ií]guenos") stands for its first member.
    for _w in regex.findall(r"[^\W\d_]+", regex.sub(r"\[([^\]\\])[^\]]*\]", r"\1", _p)):
        _key = _KEYS.get(_w) or _KEYS.setdefault(_w, _fold(_w[:4])[:3])
        if _n not in _BY_PREFIX.setdefault(_key, ()):
            _BY_PREFIX[_key] += (_n,)
del _KEYS


@lru_cache(maxsize=None)
def _compiled(n: int) -> regex.Pattern[str]:
    """Pattern ``n`` of ``_PATTERN_LIST``, compiled on first use (compiling all costs startup)."""
    name, p = _PATTERN_LIST[n]
    return regex.compile(f"(?P<{name}>{p})", regex.IGNORECASE | regex.VERSION0)


class _Heads(dict):
    """The first four characters of a block's first word ("" when it opens with a digit or a
    symbol) -> the compiled patterns it must be tried against, in order (None: all that can start
    with a digit or a symbol); filled on first use. The word's key is found as its patterns'
    words' are: vowel signs and other marks belong to the word ("विज्ञापन"), as in Hindi, Thai
    or Bengali, where a word's first letters are seldom three letters in a row."""

    def __missing__(self, head: str) -> tuple[regex.Pattern[str], ...] | None:
        key = _fold(head)[:3]  # "" for marks alone: as a symbol, every symbol opener is tried
        if not key:
            found = None
        else:
            ids = _BY_PREFIX.get(key, ())
            if key[0] >= "\u2e80":
                # Chinese and Japanese put no space between words: a pattern's word of one or two
                # characters ("分享") may be where the block's first run of letters begins ("分享到").
                ids = tuple(sorted({*ids, *_BY_PREFIX.get(key[:2], ()), *_BY_PREFIX.get(key[:1], ())}))
            found = tuple(map(_compiled, ids))
        if len(self) < 1 << 16:
            self[head] = found
        return found


_HEADS = _Heads()
#: The first four letters (and marks) of a block's first word: what a pattern's word is keyed by.
_WORD_HEAD = regex.compile(r"[^\W\d_]{1,4}")
#: What a block may open with before its first word: a bullet, a dash, quotation marks.
_LEAD = "(\"'“‘«*•·-–— "


class _Openings(dict):
    """The opening of a block (its first word, at most 32 characters) -> the patterns of its
    head that can match a block opening so, in order: a pattern that cannot begin with these
    characters (partial matching) need not be tried on any block that does. Most blocks that
    share a head with a pattern's word are then tried against none."""

    def __missing__(self, opening: str) -> tuple[regex.Pattern[str], ...]:
        head = _WORD_HEAD.match(opening.lstrip(_LEAD))
        members = _HEADS[head.group() if head else ""]
        if members is None:
            members = _symbol_members()
        if members:
            members = tuple(p for p in members if p.fullmatch(opening, partial=True))
        if len(self) < 1 << 16:
            self[opening] = members
        return members


_OPENINGS = _Openings()


def _candidates(text: str) -> tuple[regex.Pattern[str], ...]:
    """The patterns ``text`` must be tried against, in order."""
    opening = text[:32].split(" ", 1)[0]
    if opening[-1] in _LEAD and not opening.lstrip(_LEAD):
        opening = text[:32]  # a bullet or a quotation mark alone: the word after it says
    return _OPENINGS[opening]


#: The patterns that can match a block opening with a digit or a symbol, by name. Finding them
#: takes every pattern compiled (:func:`symbol_openers`), which a run need not pay: a test keeps
#: this list equal to what that finds.
SYMBOL_OPENERS = frozenset({
    "CP102_6", "CP104_2", "CP104_4", "CP104_6", "CP104_17", "CP105_2", "CP107_5", "CP108_0", "CP109_0", "CP109_2",
    "CP110_1", "CP110_9", "CP110_13", "CP111_0", "CP111_8", "CP111_10", "CP111_12", "CP111_13", "CP111_15",
    "CP111_16", "CP111_17", "CP111_18", "CP111_20", "CP114_14", "CP114_16", "CP115_12", "CP117_5", "CP118_2",
    "CP118_4", "CP118_5"})


def symbol_openers() -> frozenset[str]:
    """The names of the patterns that can match a block starting with a digit or a symbol: found
    by asking each whether a digit or a symbol can begin one of its matches (partial matching)."""
    probes = "05©ⓒ(@[#|»›>/+%$€£¥₹₽★☆⭐−:.,;!?&¿¡"
    return frozenset(name for n, (name, _) in enumerate(_PATTERN_LIST)
                     if any(_compiled(n).fullmatch(c, partial=True) for c in probes))


@lru_cache(maxsize=1)
def _symbol_members() -> tuple[regex.Pattern[str], ...]:
    """The compiled :data:`SYMBOL_OPENERS`, in order."""
    return tuple(_compiled(n) for n, (name, _) in enumerate(_PATTERN_LIST) if name in SYMBOL_OPENERS)


def _fullmatch(text: str) -> regex.Match[str] | None:
    for pattern in _candidates(text):
        m = pattern.fullmatch(text)
        if m:
            return m
    return None


# Timestamps --------------------------------------------------------------------------------------
_MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|"
    "october|nov|november|dec|december|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|"
    "mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|"
    "julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|"
    "setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|"
    "dicembre|januari|februari|maret|juni|juli|agustus|oktober|desember|mei|"
    "январь|января|февраль|февраля|март|марта|апрель|апреля|май|мая|июнь|июня|июль|июля|август|августа|"
    "сентябрь|сентября|октябрь|октября|ноябрь|ноября|декабрь|декабря|янв|фев|мар|апр|июн|июл|авг|сен|окт|ноя|дек|"
    "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|"
    "maart|augustus|"
    "styczeń|stycznia|luty|lutego|marzec|marca|kwiecień|kwietnia|maja|czerwiec|czerwca|lipiec|lipca|sierpień|"
    "sierpnia|wrzesień|września|październik|października|listopad|listopada|grudzień|grudnia|"
    "ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    "січень|січня|лютий|лютого|березень|березня|квітень|квітня|травень|травня|червень|червня|липень|липня|"
    "серпень|серпня|вересень|вересня|жовтень|жовтня|листопад|листопада|грудень|грудня|"
    # cs, sk
    "leden|ledna|únor|února|březen|března|duben|dubna|květen|května|červen|června|červenec|července|srpen|srpna|"
    "září|říjen|října|listopadu|prosinec|prosince|januára|február|februára|marec|apríl|apríla|máj|mája|jún|júna|"
    "júl|júla|augusta|septembra|október|októbra|novembra|decembra|"
    # sv, da, no
    "maj|augusti|marts|"
    # fi
    "tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|"
    "marraskuuta|joulukuuta|tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|syyskuu|lokakuu|"
    "marraskuu|joulukuu|"
    # ro, hu
    "ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    "január|március|április|május|június|július|augusztus|szeptember|"
    # el
    "ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|"
    "δεκεμβρίου|"
    # hi
    "जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|"
    # th, and its short forms ("12 ก.ค. 2567")
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม|"
    "ม\\.ค|ก\\.พ|มี\\.ค|เม\\.ย|พ\\.ค|มิ\\.ย|ก\\.ค|ส\\.ค|ก\\.ย|ต\\.ค|พ\\.ย|ธ\\.ค"
)
_DAYS = (
    "mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    "dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|feira|"
    "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|senin|selasa|rabu|kamis|jumat|sabtu|minggu|"
    "понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|today|yesterday|heute|gestern|"
    "aujourd'hui|hier|hoy|ayer|hoje|ontem|сегодня|вчера|oggi|ieri|"
    "الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|اليوم|أمس|"
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|vandaag|gisteren|"
    "poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|dzisiaj|dziś|wczoraj|"
    "pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|bugün|dün|"
    "понеділок|вівторок|середа|четвер|п'ятниця|субота|неділя|сьогодні|вчора|"
    # cs, sk
    "pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle|dnes|včera|pondelok|utorok|streda|štvrtok|piatok|nedeľa|"
    # sv, da, no
    "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|idag|igår|mandag|tirsdag|lørdag|søndag|"
    # fi, ro, hu
    "maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai|tänään|eilen|"
    "luni|marți|miercuri|joi|vineri|sâmbătă|duminică|astăzi|ieri|"
    "hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|tegnap|"
    # el
    "δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|σήμερα|χθες|"
    # vi: "Chủ nhật, 12 tháng 11 năm 2024" (the weekday's words are time words: "Ba" alone is no date)
    "tháng|ngày"
)
_TIME_WORDS = (
    "am|pm|a\\.m|p\\.m|gmt|utc|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|cet|cest|msk|ist|jst|kst|aest|"
    "uhr|h|hrs|mez|mesz|"
    "updated|update|published|posted|modified|last|first|on|at|date|created|released|am|um|le|à|el|las|"
    "a|las|em|às|de|del|du|der|den|di|il|alle|pada|pukul|wib|in|and|"
    "ago|hour|hours|hr|hrs|minute|minutes|min|mins|second|seconds|sec|day|days|week|weeks|month|months|year|years|"
    "read|reading|time|just|now|aktualisiert|veröffentlicht|vor|stunden|minuten|tagen|mis|jour|publié|"
    "il|y|heures|hace|horas|minutos|actualizado|publicado|atualizado|atualização|há|обновлено|опубликовано|"
    "назад|час|часа|часов|минут|минуты|г|года|aggiornato|pubblicato|ore|fa|diperbarui|diterbitkan|lalu|jam|menit|"
    "tempo|temps|leitura|lectura|lesezeit|lecture|lettura|minuten|minuti|minuto|minute|stunde|stand|время|чтения|"
    "기사입력|입력|수정|등록|발행|년|월|일|시|분|"
    "نشر|تحديث|آخر|في|منذ|ساعة|ساعات|دقيقة|دقائق|يوم|أيام|الساعة|بتاريخ|الأول|الثاني|"
    "geleden|uur|minuut|bijgewerkt|gepubliceerd|leestijd|om|"
    "temu|godz|godzin|godziny|minut|minuty|aktualizacja|zaktualizowano|opublikowano|czas|czytania|"
    "önce|saat|dakika|güncellendi|güncelleme|yayınlanma|okuma|süresi|tarihi|"
    "хв|хвилин|хвилини|година|години|годин|тому|оновлено|опубліковано|читання|"
    # cs, sk, sv, da, no, fi, ro, hu, el, vi: "před 3 hodinami", "för 2 timmar sedan", "lukuaika 3 min"
    "před|hodinami|hodinou|minutami|aktualizováno|publikováno|pred|hodinami|aktualizované|čas|čtení|čítania|"
    "sedan|timmar|timme|minuter|uppdaterad|publicerad|lästid|siden|timer|time|minutter|opdateret|publiceret|"
    "oppdatert|publisert|tuntia|tunti|minuuttia|sitten|päivitetty|julkaistu|lukuaika|klo|"
    "acum|ore|minute|actualizat|publicat|órája|perce|frissítve|publikálva|olvasási|idő|"
    "πριν|ώρες|ώρα|λεπτά|ενημερώθηκε|δημοσιεύθηκε|"
    "trước|giờ|phút|cập|nhật|lúc|thứ|chủ|năm|hai|ba|tư|sáu|bảy|kl|ma|för|"
    # hi: "अपडेटेड: 12 जुलाई 2024, 10:45 AM IST", "3 घंटे पहले"
    "अपडेटेड|अपडेट|प्रकाशित|पब्लिश्ड|पहले|घंटे|घंटा|मिनट|दिन|बजे|दिनांक|तारीख़|तारीख|"
    # th: "10:45 น.", "3 ชั่วโมงที่แล้ว", "อัปเดต", "เผยแพร่", "พ.ศ."
    "น|น\\.|นาฬิกา|ชั่วโมงที่แล้ว|นาทีที่แล้ว|วันที่แล้ว|ชั่วโมง|นาที|วันที่|อัปเดต|อัพเดท|เผยแพร่|พ\\.ศ"
)
_DATE_CORE = rf"""
      \d{{4}}-\d{{2}}-\d{{2}}(?:[T\s]\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?  # ISO 8601
    | \d{{1,4}}(?:[./:-]\d{{1,4}}){{1,2}}(?:[.:]\d+)?\.?   # 30.12.2021, 11/19/19, 09:31, 12:05:33
    | \d{{1,2}}(?::\d{{2}})?(?:am|pm|a\.m\.?|p\.m\.?)       # 11:47am, 9pm, 8:59p.m.
    | \d{{1,2}}h\d{{2}}                                    # 14h20
    | \d{{1,4}}(?:st|nd|rd|th|er|º|°|h|\.)?               # 30, 2021, 1st
    | \d+(?:년|월|일|시|분)                                  # Korean date parts
    | (?:gmt|utc)[+-]\d{{1,2}}(?::?\d{{2}})?                  # GMT+7
    | \d{{1,4}}(?:年\d{{1,2}}月(?:\d{{1,2}}[日号])?|月\d{{1,2}}[日号]|[日号时時分秒])   # 2019年11月20日
"""
_DATE_PUNCT = r"[\[\](),|•·:;/@–—'’-]"
# A token is date material when it is one or more date words or numbers joined by punctuation
# ("2019,", "[20:30", "sexta-feira,"); words are never glued from parts ("amet" is not am+et).
# Numbers by a pattern; words by the set of date words, piece by piece (a pattern of every word
# in every language compiled slowly and matched no faster).
_DATE_NUMBERS = regex.compile(
    rf"{_DATE_PUNCT}*(?:{_DATE_CORE})(?:{_DATE_PUNCT}+(?:{_DATE_CORE}))*{_DATE_PUNCT}*",
    regex.VERBOSE | regex.IGNORECASE,
)
_DATE_NUMBER = regex.compile(_DATE_CORE, regex.VERBOSE | regex.IGNORECASE)
_DATE_PIECES = regex.compile(rf"{_DATE_PUNCT}+")
_DATE_SHAPE = re.compile(r"\d{1,2}:\d\d|\d{4}-\d\d|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|"
                         r"\d{1,4}年\d{1,2}月|\d{1,2}月\d{1,2}[日号]|\d{2,4}년\s*\d{1,2}월")
_DIGIT = re.compile(r"\d")
_YEAR_OR_TIME = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")


_DATE_WORDS = frozenset(w.replace("\\.", ".") for w in f"{_MONTHS}|{_DAYS}|{_TIME_WORDS}".split("|"))
_DATE_WORDS |= {w.replace(pair, one) for w in _DATE_WORDS for pair, one in _NUKTA_LETTERS.items() if pair in w}
_STRIP = "[](),|•·:;/@–—'’-."
_DATE_NAMES = frozenset(w.replace("\\.", ".") for w in f"{_MONTHS}|{_DAYS}".split("|")) | {
    "ago", "read", "updated", "published", "posted", "min", "minutes", "hours", "uhr", "heures", "horas",
    "minuten", "minutos", "minuto", "minuti", "минуты", "lesezeit", "lecture", "lectura", "leitura", "lettura", "чтения",
    "назад", "aktualisiert", "veröffentlicht", "publié", "publicado", "actualizado", "atualizado", "lalu",
    "geleden", "leestijd", "bijgewerkt", "temu", "czytania", "minut", "önce", "dakika", "süresi", "güncellendi",
    "хв", "хвилин", "тому", "читання", "оновлено",
    "hodinami", "minutami", "timmar", "minuter", "minutter", "tuntia", "minuuttia", "órája", "perce", "ώρες",
    "λεπτά", "giờ", "phút", "अपडेटेड", "अपडेट", "प्रकाशित", "पहले", "घंटे", "मिनट", "ชั่วโมงที่แล้ว", "นาทีที่แล้ว",
    "วันที่แล้ว", "อัปเดต", "เผยแพร่"}


def _is_date_token(tok: str) -> bool:
    core = tok.strip(_STRIP).lower()
    if not core or core in _DATE_WORDS:
        return True
    if core.isalpha():
        return False
    return _DATE_NUMBERS.fullmatch(tok) is not None or all(map(_date_piece, filter(None, _DATE_PIECES.split(tok))))


def _date_piece(piece: str) -> bool:
    """A date word (maybe with its abbreviation's full stop: "Nov.") or a number."""
    low = piece.lower()
    return low in _DATE_WORDS or low[-1:] == "." and low[:-1] in _DATE_WORDS or _DATE_NUMBER.fullmatch(piece) is not None


def _date_remainder(text: str) -> tuple[int, list[str]]:
    """Number of date/time tokens in ``text`` and the tokens that are not."""
    hits, rest = 0, []
    for tok in text.split():
        if _is_date_token(tok):
            hits += 1
        else:
            rest.append(tok)
    return hits, rest


def is_timestamp(text: str) -> bool:
    """True when ``text`` is only a date, a time, or a relative age.

    >>> all(is_timestamp(t) for t in ["2021-12-30T09:31+0000", "09:31 GMT 30.12.2021",
    ...     "Updated 3 hours ago", "5 min read", "Feb 7, 2017, 2:31 PM ET", "18 NOV 2019",
    ...     "sexta-feira, 22 de outubro de 2010 às 20:13"])
    True
    >>> is_timestamp('"3:30 PM [20:30 GMT] THE PRESIDENT holds a phone call," it said.')
    False
    >>> is_timestamp("2019")
    False
    """
    if len(text) > 160 or text.count(" ") > 20:  # two glued: "Publié le … à 10h15 Mis à jour le … à 18h02"
        return False
    words = text.split()
    # Most lines fail at their first word: test word by word, and only then for a date part.
    if not all(map(_is_date_token, words)):
        return False
    cores = [t.strip(_STRIP).lower() for t in words]
    if not _DIGIT.search(text) and not any(map(_DATE_WORDS.__contains__, cores)):
        return False
    # Numbers alone ("4 55 3", "1 / 23") are counters or pages, not times: a timestamp has a
    # date or time shape, or a month, day or time word.
    return bool(_DATE_SHAPE.search(text)) or any(map(_DATE_NAMES.__contains__, cores))


#: The signature of a post embedded in an article: "— Rep. Ilhan Omar (@Ilhan) November 19, 2019".
#: It says who wrote the quoted post, and when: the article's, not a byline.
_POST_SIGNATURE = regex.compile(r"[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+\S")


def is_dated_byline(text: str) -> bool:
    """A source or name followed (or preceded) by a date: "Reuters November 18, 2019 11:03 PM".

    >>> is_dated_byline("Associated Press November 19, 2019, 9:02 AM")
    True
    >>> is_dated_byline("Chris Davies - Nov 19, 2019, 10:31 pm CST")
    True
    >>> is_dated_byline("The vote is on November 19, 2019.")
    False
    """
    if len(text) > 160 or text.count(" ") > 16 or not _DIGIT.search(text):
        return False
    # A real date: a year or a clock time, not just the numbers of a table row or a list.
    if not _YEAR_OR_TIME.search(text):
        return False
    hits, rest = _date_remainder(text)
    if hits < 3 or not rest or len(rest) > 6:
        return False
    words = [r.strip(",.|-–—()") for r in rest]
    return all(w[:1].isupper() or w.lower() in {"by", "von", "par", "por", "via", "and"} or w.startswith("@")
               for w in words if w)


def _is_handle(low: str) -> bool:
    """The words before the verb (or the date) of a comment author line name no one in a
    sentence: no function word ("the minister says:", "he wrote:")."""
    name = regex.split(r"\s+(?:on|am|le|el|em|il)\s+|\s+(?=\S+\s*:$)", low, maxsplit=1)[0]
    return not any(w in ALL for w in name.split())


_BULLETS = frozenset("*•·▪►▸-–—")


@dataclass(frozen=True)
class Match:
    code: str
    #: A section heading that ends the body (comments, related, most read).
    section_end: bool
    #: The heading that opens the comments under an article ("Leave a Reply", "12 Comments").
    opens_comments: bool = False
    #: A caption that carries its own photo credit: no other block beside it is its caption.
    captioned: bool = False
    #: The heading of a "read also" box, which may stand in mid-article.
    read_also: bool = False
    #: A forum post's author line: the ones after the first open the replies (comments).
    forum_post: bool = False
    #: The heading over a Q&A page's answers ("47 Answers"): the body goes on over them.
    opens_answers: bool = False
    #: A Q&A post's date ("answered Sep 2, 2008 at 7:50"): its author's name comes next.
    post_date: bool = False
    #: A shop's widget ("Buy Now", "In stock"): it stands among what it sells, the items of a deals
    #: article as much as a shop's menus, and neither holds a body of text together nor breaks it.
    inline: bool = False


#: Comment meta that stands in every post, the first one's too: it ends no section.
_IN_EVERY_POST = (_COMMENT_BUTTONS, _POST_NUMBER, _POST_HEAD)
_MATCHES = {code: Match(code, code in SECTION_END)
            for code in [*PATTERNS, *CONTAINS, *(g[0] for g in GUARDED), "CP110", "CP112", "CP199"]}
_MATCHES["CP109 caption"] = Match("CP109", False, captioned=True)
_MATCHES["CP115 author"] = Match("CP115", True, opens_comments=True)
# The match of each named group of the pattern alternations ("CP115_2"), by its rule's.
_MATCHES.update({f"{code}_{i}": Match(code, code in SECTION_END and p not in _IN_EVERY_POST, p in _COMMENTS_OPENERS,
                                       captioned=p == _LABELLED_CREDIT, read_also=p == _READ_ALSO,
                                       forum_post=p in (_FORUM_POST, _POST_NUMBER), opens_answers=p == _ANSWERS,
                                       post_date=p == _POST_DATE, inline=code == "CP118")
                 for table in (PATTERNS, {code: [p for _, p in pats] for code, pats in CONTAINS.items()})
                 for code, pats in table.items() for i, p in enumerate(pats)})


def _extra(patterns: Iterable[str]) -> regex.Pattern[str] | None:
    pats = list(patterns)
    if not pats:
        return None
    return regex.compile("|".join(f"(?:{p})" for p in pats), regex.IGNORECASE)


class ChromeMatcher:
    """Recognises chrome blocks. ``extra`` patterns report CP199; ``keep`` patterns veto."""

    def __init__(self, extra: Iterable[str] = (), keep: Iterable[str] = ()):
        self.extra = _extra(extra)
        self.keep = _extra(keep)
        # Menus, share bars and footers repeat within a page and across a site's pages.
        self.match = lru_cache(maxsize=1 << 14)(self._match)

    def kept(self, text: str) -> bool:
        return bool(self.keep and self.keep.search(text))

    def _match(self, flat: str) -> Match | None:
        """The chrome rule that ``flat`` (a block with white space folded) matches, if any.

        >>> m = ChromeMatcher()
        >>> m.match("Subscribe").code, m.match("09:31 GMT 30.12.2021").code
        ('CP101', 'CP112')
        >>> m.match("She said she would subscribe to the plan if it passed.") is None
        True
        >>> m.match("— Rep. Ilhan Omar (@Ilhan) November 19, 2019") is None  # an embedded post's signature
        True
        """
        text = flat.strip()
        if text[:1] in "—–-" and _POST_SIGNATURE.match(text):
            return None
        if text[:1] in _BULLETS and text[1:2] == " ":
            # A list item's bullet ("* Facebook", "• Home"): the item is judged, not the bullet.
            text = text[2:].lstrip()
        if not text:
            return None
        if self.extra and self.extra.search(text):
            return _MATCHES["CP199"]
        if len(text) > 600:
            return None
        if is_timestamp(text):
            return _MATCHES["CP112"]
        n = len(text)
        low = None
        m = _fullmatch(text) if n <= 400 else None
        if m is None:
            low = text.lower()
            if n <= CONTAINS_MAX:
                m = _contains(text, low)
        if m:
            return _MATCHES[m.lastgroup]
        for code, pattern, guard in _GUARDED_UPTO[bisect_left(_GUARD_LIMITS, n)]:
            if guard(text, low) and pattern.fullmatch(text):
                return _MATCHES[code]
        if is_dated_byline(text):
            return _MATCHES["CP110"]
        return None

#: An ISO 8601 date or timestamp, alone: moved into metadata as the publication time.
ISO_DATE = regex.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")

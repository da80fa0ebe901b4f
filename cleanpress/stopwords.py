"""Function words by language, for stop-word density (jusText's main signal of prose).

Short lists of the most frequent function words: enough to tell running prose from menus and
headlines, not a linguistic resource. The lists are used together (:data:`ALL`): detecting a
document's language first scored no better on the AEB pages, and made a page's verdict depend on
which other languages it mixes in (so cleaning the output again could judge it differently).
"""
from __future__ import annotations

_RAW = {
    "en": """a about after all also an and any are as at be because been before but by can could
        did do does for from had has have he her his how i if in into is it its just more most my no
        not now of on one only or other our out over said she so some than that the their them then
        there these they this those through to up was we were what when where which while who will
        with would you your which been being were its such very may should""",
    "de": """aber als am an auch auf aus bei bis da das dass dem den der des die doch durch ein eine
        einem einen einer eines er es für hat hatte ich ihr im in ist ja kann man mit nach nicht noch
        nur oder sein sich sie sind so um und uns von vor war wie wir wird wurde zu zum zur über
        werden haben sei seine seiner wenn diese dieser diesem""",
    "fr": """à au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui
        mais me même mon ne ni nous on ou par pas pour qu que qui sa se ses son sur ta te tu un une
        vous été être était sont ont a plus comme aussi fait très y l d c n s qu'il""",
    "es": """a al algo como con de del desde donde el ella ellos en entre era es esta este esto fue
        ha han hay la las le les lo los más me mi muy ni no nos o para pero por que se sin sobre su
        sus también te tiene todo un una uno y ya son está fueron ser""",
    "pt": """a ao aos as até com como da das de do dos e ela ele eles em entre era essa esse está
        foi há isso já mais mas me muito na nas não no nos o os ou para pela pelo por que se sem ser
        seu sua são também tem um uma à às é foram pode""",
    "it": """a ad al alla alle anche che chi ci come con da dal dalla degli dei del della delle di
        e ed è gli ha hanno i il in io la le lo ma mi ne nel nella non o per più quando se si sono
        su sua suo tra un una uno sulla questo questa essere stato""",
    "nl": """aan al als bij dan dat de die dit door een en er had heb heeft hem het hij hoe hun ik
        in is je kan maar me met mij naar niet nog nu of om ons ook op over te tot uit van voor was
        wat we wel werd wie wij worden zal ze zich zij zijn""",
    "ru": """а без бы был была были было в вам вас весь во вот все всё вы да для до его ее её если
        есть еще ещё же за и из или им их к как когда кто ли мне мы на над не него нее неё нет ни
        но о об он она они оно от по при с со так также то того тоже только у уже что чтобы это
        этот эти я который которые которая может""",
    "uk": """і й та але або в у на з із зі до від за по про для при як що це цей ця ці той його її
        їх він вона вони ми ви я не ні так також вже ще лише тільки який яка які яке бути був була
        було були є має може щоб коли де тому""",
    "id": """ada adalah akan atau bagi bahwa banyak belum bisa dalam dan dari dengan di ia ini itu
        jika juga ke kami karena kita lebih mereka oleh pada para saat sangat saya sebagai sejak
        sudah tak tapi telah tersebut tidak untuk yang""",
    "pl": """a ale bo być był była było co czy dla do go i ich im jak jako jednak jest jego jej już
        ma mi na nie niż o od oraz po pod przez przy się są ta tak tego to tu w we z za że""",
    "tr": """ama bir bu da daha de diye gibi için ile ise kadar ki mi ne o olan olarak sonra şu ve
        veya ya çok en her değil var yok ancak ayrıca göre arasında tarafından üzerinde sadece hem
        bile hiç tüm bütün böyle nasıl neden çünkü eğer yeni ilk iki etti eden olduğu oldu olacak
        yapılan edildi ediyor olduğunu onun bunu buna bunun""",
    "sv": """att av de den det du efter en ett för från har hon i inte jag kan man med men och om
        på som till var vi är""",
    # Korean writes particles into words; these are frequent free-standing words.
    "ko": """이 그 저 것 수 등 및 더 또 또는 그리고 하지만 그러나 있다 있는 없는 하는 했다 한다 된다
        위해 대한 대해 통해 그는 그녀는 이런 그런 이번 있을 것이다 때문에 것은 것을 것이""",
}

STOPWORDS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in _RAW.items()}

#: Every list together, for blocks too short to tell a language by.
ALL = frozenset().union(*STOPWORDS.values())

#: Particles and function characters of Japanese and Chinese, counted per character.
CJK_FUNCTION_CHARS = frozenset("のにはをたがでてとしれもなるかいうこですますだ的了是在不和有这我他也就都而及与")

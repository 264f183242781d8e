"""Hand-written short stories for dedup tests (fictional events, our own wording)."""
from __future__ import annotations

from datetime import date

from models.records import Article

HARBOR_STORY = """Officials from Marenvia and Tolsk signed a forty-year lease for the deepwater harbor at Port Kesh on Tuesday, ending two years of stop-and-start negotiations over the strategic berths.

Transport Minister Ilse Varga told reporters in Port Kesh that the agreement would bring container traffic back to a coastline that lost most of its shipping after the canal closures of 2019. She said the first cranes would be installed before the winter storms arrive.

Under the terms released by the ministry, Tolsk will pay an annual fee and dredge the outer channel, while Marenvia keeps control of customs inspections and the fishing piers on the northern side of the bay.

Opposition lawmakers called the lease a giveaway. Deputy Oren Falk said the parliament had seen only a summary of the contract and demanded that the full annexes be published within thirty days.

Dock workers gathered outside the harbor office as the ceremony ended, some carrying signs asking for guarantees that local crews would be hired first. A union spokesman said talks on wages would begin next week.

Economists at the Halden Institute estimated that the project could add nearly one percent to regional output by 2027, though they warned that the estimate depends on freight rates staying high across the northern sea routes.

The lease still needs approval from the constitutional court, which is expected to rule on the challenge filed by the opposition in the autumn."""

# The same event, told by another writer: same names, places, dates; different sentences.
HARBOR_OTHER_STORY = """Tolsk has secured the right to run Port Kesh for four decades after a signing ceremony on Tuesday that Marenvia's government hailed as a turning point for its neglected coast.

The deal, reached after two years of talks, hands the deepwater berths to a Tolsk operator in exchange for yearly payments and a promise to deepen the approach channel, according to a copy of the summary seen by reporters.

Ilse Varga, the transport minister, stood beside the Tolsk delegation as the documents were exchanged. Shipping stopped almost entirely after the 2019 canal closures, she noted, and the town has waited since then for the freighters to return.

Critics were quick to respond. Oren Falk, an opposition deputy, accused the cabinet of hiding the annexes and said his party would keep pressing for the complete text to be released.

Outside, several hundred dock workers waited in the heat. Their union wants a written promise that Port Kesh residents will fill most of the new jobs, and it plans to open wage talks within days.

Analysts at the Halden Institute put the possible gain for the regional economy at close to one percent by 2027, warning that a fall in freight prices could erase much of it.

The constitutional court must still weigh the opposition's challenge, with a ruling expected in the autumn."""

UNRELATED_STORY = """A late frost destroyed much of the apricot harvest in the Vell valley this week, farmers said on Thursday, leaving growers facing their worst season in more than a decade.

Temperatures fell to minus six degrees in the hours before dawn on Monday, according to the regional weather office, damaging blossoms that had opened early after an unusually warm March.

Growers' association chair Petra Lind said many orchards had lost between half and all of their crop. She urged the agriculture ministry to speed up compensation payments, which took almost a year to arrive after the hailstorms of 2021.

Some farmers lit straw fires between the rows overnight to keep the air moving, but the smoke did little against the cold, several of them said. Younger orchards on the lower slopes were hit hardest.

The ministry said inspectors would visit the valley next week to assess the damage. Prices for dried apricots at the Vell market rose by a fifth on Wednesday as traders anticipated shortages later in the year.

Lind said the association would ask banks to delay loan repayments for members who lost most of their fruit, and that a meeting with the regional governor had been requested for early May."""


def article(article_id: str, text: str, *, title: str | None = None, published: date | None = date(2024, 6, 20)) -> Article:
    return Article(
        article_id=article_id, doc_id=article_id, source=f"{article_id}.txt", path=f"{article_id}.txt",
        title=title, text=text, url=None, outlet=None, published=published,
        published_basis="metadata" if published else "unknown", word_count=len(text.split()),
    )


def republished(body: str, headline: str, byline: str, extra_tail: str = "Share this article\nLeave a comment") -> str:
    return f"{headline}\n\n{byline}\n\n{body}\n\nRead More\n{extra_tail}"

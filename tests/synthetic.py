"""Hand-made position rows for project/viz tests: fictional candidates, invented quotes.

``HOSTILE`` quotes are markup a scraped page could well contain; the viz tests check that
none of it runs. Each payload leaves a mark in the DOM (an attribute on <html>) if it ever
executes, so a dumped DOM shows it.
"""

from __future__ import annotations

HOSTILE = [
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
    "</script><script>window.__xss=1;document.documentElement.setAttribute('data-pwned','script')</script>",
    "\" onmouseover=\"document.documentElement.setAttribute('data-pwned','attr')\" x=\"",
    "<a href=\"javascript:document.documentElement.setAttribute('data-pwned','href')\">lien</a> &amp; <!-- --> ]]>",
]


def row(candidate, topic, stance, quote, *, confidence=0.8, label=None, group="culture-and-creation",
        group_label="Culture et création en ligne", file="entretien.txt", url="https://example.org/entretien",
        date="2024-05-02", attribution="said"):
    return {
        "candidate": candidate,
        "topic": topic,
        "topic_label": label or topic.replace("-", " ").capitalize(),
        "topic_group": group,
        "topic_group_label": group_label,
        "stance": stance,
        "confidence": confidence,
        "evidence": quote,
        "file": file,
        "source_url": url,
        "date": date,
        "attribution": attribution,
        "position": f"https://w3id.org/stancegraph/position/{abs(hash((candidate, topic))) % 10**8}",
    }


NET = dict(group="internet-freedoms", group_label="Libertés sur Internet")


def small_rows():
    """Three fictional candidates on four topics, with one conflicting pair of quotes."""
    return [
        row("Léa Martin", "hadopi-law", "oppose", "Je demanderai l'abrogation de cette loi inutile.", label="Loi Hadopi"),
        row("Léa Martin", "global-license", "support", "Une contribution modeste de chaque abonné paiera les artistes.", label="Licence globale"),
        row("Léa Martin", "net-neutrality", "support", "Les opérateurs doivent traiter tous les flux de la même façon.", label="Neutralité du net", **NET),
        row("Hugo Bernard", "hadopi-law", "oppose", "Cette autorité a coûté cher pour rien.", label="Loi Hadopi", file="debat.txt", date="2024-06-10"),
        row("Hugo Bernard", "global-license", "oppose", "Taxer les abonnés n'est pas la solution.", label="Licence globale", file="debat.txt"),
        row("Hugo Bernard", "net-neutrality", "support", "La neutralité des réseaux doit entrer dans la loi.", label="Neutralité du net", file="debat.txt", **NET),
        row("Inès Petit", "hadopi-law", "support", "Il faut garder la riposte graduée, elle protège les créateurs.", label="Loi Hadopi", file="tribune.html"),
        row("Inès Petit", "global-license", "oppose", "Je refuse une licence qui brade les œuvres.", label="Licence globale", file="tribune.html"),
        row("Inès Petit", "net-neutrality", "neutral", "Le sujet mérite une concertation avec les opérateurs.", label="Neutralité du net", file="tribune.html", **NET),
        # Same candidate, same topic, two documents, opposite sides: the edge is "mixed".
        row("Inès Petit", "copyright", "support", "Le droit d'auteur doit être renforcé.", label="Droit d'auteur", file="tribune.html", date="2023-01-04"),
        row("Inès Petit", "copyright", "oppose", "Les exceptions au droit d'auteur doivent être élargies.", label="Droit d'auteur", file="radio.txt", date="2024-02-01", url="", attribution="reported", confidence=0.6),
    ]


def hostile_rows():
    """small_rows() plus positions whose quotes, names and URLs are hostile markup."""
    rows = small_rows()
    for i, quote in enumerate(HOSTILE):
        rows.append(row("Léa Martin" if i % 2 else "Hugo Bernard", f"topic-{i}", "mixed", quote,
                        label=f"Sujet <b>{i}</b>", url="javascript:alert(1)" if i == 0 else "https://example.org/a?b=1&c=<2>"))
    rows.append(row("<svg onload=\"document.documentElement.setAttribute('data-pwned','name')\">", "hadopi-law", "support",
                    "Citation inventée.", label="Loi Hadopi"))
    return rows

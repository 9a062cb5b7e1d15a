"""A synthetic news corpus with known dates, for benchmarks (not tests).

Every article is unique: the same seed gives the same corpus. Articles are Indonesian or
English, with a publication date (DCT) stated the ways news states it (a "hari ini" dateline,
a city dateline, a citation stamp, a weekday date in the lead), page furniture around them (a
crawl-date header, "Baca juga" links, a copyright footer), and a body of time expressions in
varied forms whose true TIMEX3 values are computed from the DCT.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ID_MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)
ID_DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
ID_NUM = "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas".split()
EN_NUM = "zero one two three four five six seven eight nine ten eleven".split()

CITIES = "Jakarta Surabaya Bandung Medan Makassar Semarang Denpasar Palembang Manado Kupang".split()
EN_CITIES = "London Washington Sydney Singapore Tokyo Geneva Nairobi Ottawa Manila Seoul".split()
PEOPLE = "Andi Budi Citra Dewi Eko Fajar Gita Hadi Indah Joko Kartika Lestari Made Nanda".split()
SURNAMES = "Santoso Wijaya Halim Siregar Nasution Pratama Saputra Kusuma Hidayat Gunawan".split()
ID_TOPICS = [
    "harga beras",
    "banjir rob",
    "pembangunan jalan tol",
    "vaksinasi anak",
    "tarif listrik",
    "ekspor nikel",
    "pemilihan kepala daerah",
    "kebakaran hutan",
    "kereta cepat",
    "subsidi pupuk",
]
EN_TOPICS = [
    "rice prices",
    "coastal flooding",
    "the toll road",
    "child vaccination",
    "power tariffs",
    "nickel exports",
    "the regional election",
    "forest fires",
    "the rail link",
    "fertiliser subsidies",
]
ID_FILLER = [
    "Para pejabat menilai kebijakan itu perlu dievaluasi secara menyeluruh oleh semua pihak terkait.",
    "Warga berharap pemerintah segera mengambil langkah nyata untuk mengatasi masalah tersebut.",
    "Sejumlah pengamat menyebut dampaknya akan terasa di berbagai daerah dalam waktu yang lama.",
    "Pihak kementerian belum memberikan tanggapan resmi atas pertanyaan yang diajukan wartawan.",
]
EN_FILLER = [
    "Officials said the policy needed a thorough review by every agency involved in the plan.",
    "Residents hope the government will act quickly to deal with the problem in their district.",
    "Several analysts said the effects would be felt across the region for a long time to come.",
    "The ministry has not responded to questions sent by reporters about the decision so far.",
]


@dataclass(frozen=True, slots=True)
class Synthetic:
    name: str
    language: str
    text: str
    dct: str
    expressions: tuple[tuple[str, str], ...]  # (text, TIMEX3 value) of the body's date expressions


def _week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def _id_date(day: dt.date, rng: random.Random) -> str:
    form = rng.randrange(3)
    if form == 0:
        return f"{day.day} {ID_MONTHS[day.month - 1]} {day.year}"
    if form == 1:
        return f"{ID_DAYS[day.weekday()]}, {day.day} {ID_MONTHS[day.month - 1]} {day.year}"
    return f"{ID_DAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})"


def _en_date(day: dt.date, rng: random.Random) -> str:
    form = rng.randrange(3)
    if form == 0:
        return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if form == 1:
        return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"
    return f"{EN_DAYS[day.weekday()]}, {EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _id_sentences(
    dct: dt.date, rng: random.Random, topic: str, who: str
) -> list[tuple[str, str, str]]:
    """(sentence, expression, value) in Indonesian."""
    n = rng.randint(2, 9)
    past = dct - dt.timedelta(days=rng.randint(20, 900))
    past_m = dt.date(dct.year - 1, rng.randint(1, 12), 1)
    d1 = rng.randint(1, 20)
    rng_day = dt.date(past.year, past.month, d1)
    wd_back = rng.randint(1, 6)
    prev_day = dct - dt.timedelta(days=wd_back)
    decade = rng.choice([1950, 1960, 1970, 1980, 1990, 2000])
    options = [
        (
            f"{who} mengatakan masalah {topic} muncul pekan lalu.",
            "pekan lalu",
            _week(dct - dt.timedelta(weeks=1)),
        ),
        (
            f"Rapat soal {topic} akan digelar minggu depan.",
            "minggu depan",
            _week(dct + dt.timedelta(weeks=1)),
        ),
        (
            f"Kasus serupa terjadi {ID_NUM[n]} hari lalu di {rng.choice(CITIES)}.",
            f"{ID_NUM[n]} hari lalu",
            (dct - dt.timedelta(days=n)).isoformat(),
        ),
        (f"Kebijakan {topic} diumumkan tahun lalu.", "tahun lalu", str(dct.year - 1)),
        (
            f"Program itu dimulai pada {past.day} {ID_MONTHS[past.month - 1]} {past.year}.",
            f"{past.day} {ID_MONTHS[past.month - 1]} {past.year}",
            past.isoformat(),
        ),
        (
            f"Pameran {topic} berlangsung {d1}-{d1 + 2} {ID_MONTHS[rng_day.month - 1]} {rng_day.year}.",
            f"{d1}-{d1 + 2} {ID_MONTHS[rng_day.month - 1]} {rng_day.year}",
            f"{rng_day.isoformat()}/{(rng_day + dt.timedelta(days=2)).isoformat()}",
        ),
        (f"{who} menjabat selama {ID_NUM[n]} tahun.", f"selama {ID_NUM[n]} tahun", f"P{n}Y"),
        (
            f"Masalah {topic} sudah ada sejak tahun {decade}an.",
            f"tahun {decade}an",
            f"{str(decade)[:3]}X",
        ),
        (
            f"Harga naik pada bulan {ID_MONTHS[past_m.month - 1]} tahun lalu.",
            f"bulan {ID_MONTHS[past_m.month - 1]} tahun lalu",
            f"{past_m.year}-{past_m.month:02d}",
        ),
        (
            f"Warga berkumpul pada hari {ID_DAYS[prev_day.weekday()]} lalu.",
            f"hari {ID_DAYS[prev_day.weekday()]} lalu",
            prev_day.isoformat(),
        ),
        ("Laporan itu terbit awal bulan ini.", "awal bulan ini", f"{dct.year}-{dct.month:02d}"),
        (
            f"Pertemuan lanjutan digelar pada {ID_MONTHS[past.month - 1]} {past.year}.",
            f"{ID_MONTHS[past.month - 1]} {past.year}",
            f"{past.year}-{past.month:02d}",
        ),
        (
            f"Kejadian itu berlangsung {n + 10} tahun lalu.",
            f"{n + 10} tahun lalu",
            str(dct.year - n - 10),
        ),
    ]
    rng.shuffle(options)
    return options[: rng.randint(4, 8)]


def _en_sentences(
    dct: dt.date, rng: random.Random, topic: str, who: str
) -> list[tuple[str, str, str]]:
    n = rng.randint(2, 9)
    past = dct - dt.timedelta(days=rng.randint(20, 900))
    d1 = rng.randint(1, 20)
    rng_day = dt.date(past.year, past.month, d1)
    decade = rng.choice([1950, 1960, 1970, 1980, 1990])
    options = [
        (
            f"{who} said problems with {topic} began last week.",
            "last week",
            _week(dct - dt.timedelta(weeks=1)),
        ),
        (
            f"A meeting on {topic} will be held next week.",
            "next week",
            _week(dct + dt.timedelta(weeks=1)),
        ),
        (
            f"A similar case happened {EN_NUM[n]} days ago in {rng.choice(EN_CITIES)}.",
            f"{EN_NUM[n]} days ago",
            (dct - dt.timedelta(days=n)).isoformat(),
        ),
        (f"The policy on {topic} was announced last year.", "last year", str(dct.year - 1)),
        (
            f"The programme started on {EN_MONTHS[past.month - 1]} {past.day}, {past.year}.",
            f"{EN_MONTHS[past.month - 1]} {past.day}, {past.year}",
            past.isoformat(),
        ),
        (
            f"The fair ran {EN_MONTHS[rng_day.month - 1]} {d1}-{d1 + 2}, {rng_day.year}.",
            f"{EN_MONTHS[rng_day.month - 1]} {d1}-{d1 + 2}, {rng_day.year}",
            f"{rng_day.isoformat()}/{(rng_day + dt.timedelta(days=2)).isoformat()}",
        ),
        (f"{who} served for {EN_NUM[n]} years.", f"for {EN_NUM[n]} years", f"P{n}Y"),
        (
            f"The dispute over {topic} dates back to the {decade}s.",
            f"the {decade}s",
            f"{str(decade)[:3]}X",
        ),
        ("Prices rose earlier this month.", "earlier this month", f"{dct.year}-{dct.month:02d}"),
        (
            f"A follow-up meeting took place in {EN_MONTHS[past.month - 1]} {past.year}.",
            f"{EN_MONTHS[past.month - 1]} {past.year}",
            f"{past.year}-{past.month:02d}",
        ),
        (f"It happened {n + 10} years ago.", f"{n + 10} years ago", str(dct.year - n - 10)),
    ]
    rng.shuffle(options)
    return options[: rng.randint(4, 7)]


def make_corpus(count: int = 1200, seed: int = 20240618) -> tuple[Synthetic, ...]:
    """`count` unique articles, about two thirds Indonesian."""
    rng = random.Random(seed)
    out: list[Synthetic] = []
    seen: set[str] = set()
    i = 0
    while len(out) < count:
        i += 1
        lang = "en" if rng.random() < 0.35 else "id"
        dct = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3800))
        crawl = dct + dt.timedelta(days=rng.randint(30, 700))
        who = f"{rng.choice(PEOPLE)} {rng.choice(SURNAMES)}"
        k = rng.randrange(len(ID_TOPICS))
        if lang == "id":
            city = rng.choice(CITIES)
            topic = ID_TOPICS[k]
            header = _id_date(crawl, rng) if rng.random() < 0.6 else ""
            headline = f"{who} Soroti Persoalan {topic.title()} di {city}"
            lead_form = rng.randrange(3)
            if lead_form == 0:
                lead = f"{city.upper()} - {who} meninjau lokasi {topic} pada {ID_DAYS[dct.weekday()]} ({dct.day}/{dct.month}/{dct.year}) hari ini."
            elif lead_form == 1:
                lead = f"{city.upper()}, {dct.day} {ID_MONTHS[dct.month - 1]} {dct.year} - {who} meninjau lokasi {topic} bersama warga."
            else:
                lead = f"{who} meninjau lokasi {topic} bersama warga, seperti dilansir Antara, {ID_DAYS[dct.weekday()]}, {dct.day} {ID_MONTHS[dct.month - 1]} {dct.year}."
            body = _id_sentences(dct, rng, topic, who)
            filler = ID_FILLER
            footer = (
                f"Baca juga: {who} Bicara soal {topic.title()}\n\n© {crawl.year} Kabar{city}.id"
            )
        else:
            city = rng.choice(EN_CITIES)
            topic = EN_TOPICS[k]
            header = _en_date(crawl, rng) if rng.random() < 0.6 else ""
            headline = f"{who} raises concerns over {topic} in {city}"
            if rng.random() < 0.5:
                lead = f"{city.upper()}, {EN_MONTHS[dct.month - 1]} {dct.day}, {dct.year} - {who} visited the site of {topic} with residents."
            else:
                lead = f"{who} visited the site of {topic} with residents, according to Reuters, {EN_DAYS[dct.weekday()]}, {EN_MONTHS[dct.month - 1]} {dct.day}, {dct.year}."
            body = _en_sentences(dct, rng, topic, who)
            filler = EN_FILLER
            footer = f"Read also: {who} on {topic}\n\n© {crawl.year} The {city} Courier"
        paragraphs = [lead]
        for sentence, _, _ in body:
            paragraphs.append(f"{sentence} {rng.choice(filler)}")
        parts = ([header, ""] if header else []) + [
            headline,
            "",
            "\n\n".join(paragraphs),
            "",
            footer,
        ]
        text = "\n".join(parts)
        if text in seen:
            continue
        seen.add(text)
        expressions = tuple((expr, value) for _, expr, value in body)
        out.append(Synthetic(f"{i:05d}_{lang}", lang, text, dct.isoformat(), expressions))
    return tuple(out)


def write_corpus(folder: Path, corpus: Sequence[Synthetic]) -> list[Path]:
    """The corpus as article files in `folder` (one `<name>.txt` each), as a user keeps them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in corpus:
        path = folder / f"{s.name}.txt"
        path.write_text(s.text, "utf-8")
        paths.append(path)
    return paths

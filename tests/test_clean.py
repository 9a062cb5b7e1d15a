"""Page furniture is located, never removed, and the offsets stay valid."""

from __future__ import annotations

import pytest

from generator.read import clean

PAGE = (
    "Senin, 5 Februari 2029\n"
    "Ekonomi\n"
    "Harga Beras Naik Lagi di Pasar Induk Menjelang Musim Hujan\n"
    "\n"
    "JAKARTA, KORANKITA.ID - Harga beras di pasar induk naik untuk pekan ketiga berturut-turut, "
    "kata para pedagang kepada wartawan pada Senin pagi.\n"
    "Baca juga: Petani Mengeluh Pupuk Langka\n"
    "Pedagang memperkirakan harga akan terus naik sampai panen raya tiba pada bulan April mendatang.\n"
    "Halaman\n"
    "1 2 3\n"
    "Tuliskan komentar Anda\n"
    "Berita Terkini\n"
    "© 2029 KorankitaID. All rights reserved\n"
)


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in clean.find_furniture(text)]


def test_furniture_kinds_on_a_typical_page() -> None:
    found = kinds(PAGE)
    assert ("header", "Senin, 5 Februari 2029") in found
    assert ("header", "Ekonomi") in found
    assert ("read-also", "Baca juga: Petani Mengeluh Pupuk Langka") in found
    assert ("pagination", "Halaman") in found
    assert ("pagination", "1 2 3") in found
    assert ("comments", "Tuliskan komentar Anda") in found
    assert ("related", "Berita Terkini") in found  # a list heading, with nothing under it
    assert ("copyright", "© 2029 KorankitaID. All rights reserved") in found
    texts = [t for _, t in found]
    assert not any("Harga Beras Naik" in t for t in texts), "the headline is article text"
    assert not any("Pedagang memperkirakan" in t for t in texts)


def test_blank_keeps_offsets_and_line_breaks() -> None:
    furniture = clean.find_furniture(PAGE)
    blanked = clean.blank(PAGE, furniture)
    assert len(blanked) == len(PAGE)
    assert blanked.count("\n") == PAGE.count("\n")
    assert "Baca juga" not in blanked
    start = PAGE.index("Harga beras")
    assert blanked[start : start + 11] == "Harga beras"


def test_crlf_lines_keep_offsets() -> None:
    text = PAGE.replace("\n", "\r\n")
    for f in clean.find_furniture(text):
        assert "\r" not in text[f.start : f.end]
        assert "\n" not in text[f.start : f.end]
    assert ("copyright", "© 2029 KorankitaID. All rights reserved") in kinds(text)


def test_headline_outlet_and_author() -> None:
    furniture = clean.find_furniture(PAGE)
    assert clean.headline(PAGE, furniture) == (
        "Harga Beras Naik Lagi di Pasar Induk Menjelang Musim Hujan"
    )
    assert clean.outlet(PAGE, furniture) == "KorankitaID"
    assert clean.author("Isi berita.\nPenulis: Siti Rahma\n") == "Siti Rahma"


def test_outlet_from_dateline_and_credit() -> None:
    body = "JAKARTA, KORANKITA.ID - Harga beras naik lagi pada pekan ini menurut para pedagang.\n"
    assert clean.outlet(body, ()) == "KORANKITA.ID"
    credit = "Harga beras naik lagi pada pekan ini menurut para pedagang di pasar.\n(Sumber: Kantor Berita)\n"
    assert clean.outlet(credit, ()) == "Kantor Berita"


def test_english_page() -> None:
    page = (
        "Read more: Markets fall again\n"
        "Floods Hit the Capital After a Week of Heavy Rain in the Region\n"
        "Floods hit the capital on Monday after a week of heavy rain, officials said in a statement.\n"
        "Copyright 2030 Daily Example\n"
    )
    found = kinds(page)
    assert ("read-also", "Read more: Markets fall again") in found
    assert ("copyright", "Copyright 2030 Daily Example") in found


def test_headline_falls_back_to_the_lead_without_dateline() -> None:
    text = "Kota Contoh – Wali kota meresmikan jembatan baru yang menghubungkan dua desa di tepi sungai pada Sabtu. Warga menyambutnya.\n"
    title = clean.headline(text, clean.find_furniture(text))
    assert title is not None
    assert title.startswith("Wali kota meresmikan")


def test_a_copyright_mark_inside_a_short_line() -> None:
    page = "Judul Berita Yang Cukup Panjang Di Sini\n\nIsi berita.\n\nWarta Lembah | © 2031 Warta. All rights reserved.\n"
    assert ("copyright", "Warta Lembah | © 2031 Warta. All rights reserved.") in kinds(page)


def test_dated_headlines_in_a_row_are_a_list_without_a_heading() -> None:
    body = "Harga cabai di pasar induk naik tajam pekan ini, kata para pedagang kepada wartawan di pasar."
    page = (
        f"Harga Cabai Naik\n\n{body}\n\n"
        "Ringgit firmer against US dollar at opening - 16 Feb 2033\n"
        "Bursa opens higher on bargain hunting - 16 Feb 2033\n"
    )
    found = kinds(page)
    assert ("related", "Ringgit firmer against US dollar at opening - 16 Feb 2033") in found
    assert ("related", "Bursa opens higher on bargain hunting - 16 Feb 2033") in found
    assert not any(t == body for _, t in found)


def test_an_also_read_list_and_a_dated_video_link_are_related_furniture() -> None:
    body = "Harga cabai di pasar induk naik tajam pekan ini, kata para pedagang kepada wartawan di pasar."
    page = (
        f"Harga Cabai Naik\n\n{body}\n\nSaksikan video di bawah ini:\n"
        "Video: Pasar Induk Sepi Pembeli (19 Juli 2033)\n\n"
        "Also read:\nRinggit opens higher against US dollar (August 5, 2033)\n"
    )
    found = kinds(page)
    assert ("related", "Video: Pasar Induk Sepi Pembeli (19 Juli 2033)") in found
    assert ("related", "Also read:") in found
    assert ("related", "Ringgit opens higher against US dollar (August 5, 2033)") in found
    assert not any(t == body for _, t in found)


def test_a_breadcrumb_trail_is_page_furniture() -> None:
    text = (
        "Warta Lembah\nBeranda > Daerah > Banjir Sukaraja\n"
        "Tanggul Sungai Cibereum Jebol, Ratusan Rumah Terendam Air\n"
        "Tanggul Sungai Cibereum jebol pada Kamis malam dan merendam ratusan rumah di tiga desa "
        "yang berada di tepi sungai itu.\n"
    )
    start = text.index("Beranda")
    assert any(f.start == start for f in clean.find_furniture(text))
    assert clean.headline(text, clean.find_furniture(text)) == (
        "Tanggul Sungai Cibereum Jebol, Ratusan Rumah Terendam Air"
    )


def test_a_menu_bar_with_the_date_is_header_not_the_headline() -> None:
    text = (
        "Home | World | Sport | Money | Travel | Weather        Friday 9 March 2029\n\n"
        "Money\n\n"
        "Harbour bank shuts its doors after a run on deposits\n\n"
        "4 July 2027\n\n"
        "Customers of a small harbour bank queued from dawn on Tuesday to take out their savings "
        "before regulators closed it in the afternoon.\n"
    )
    furniture = clean.find_furniture(text)
    assert any(f.start == 0 and f.kind == "header" for f in furniture)
    assert clean.headline(text, furniture) == "Harbour bank shuts its doors after a run on deposits"


@pytest.mark.parametrize(
    "caption",
    [
        "[Foto] Warga membersihkan lumpur di Desa Sukamaju, Senin (3/3/2031). ANTARA FOTO/Budi Santoso",
        "Foto: Petugas memeriksa tanggul yang jebol, Selasa (4/3/2031). (Warta Lembah/Tim)",
        "Keterangan gambar, Relawan membagikan makanan di posko, Rabu (5/3).",
        "A volunteer carries supplies through the mud on Monday. (AP Photo/Jane Roe)",
        "Rescuers search the rubble of a market in Lembah, March 3, 2031. PHOTO: AFP",
    ],
)
def test_a_photo_caption_is_found_by_its_label_or_its_credit(caption: str) -> None:
    text = f"Tanggul jebol dan merendam tiga desa di tepi sungai, kata warga.\n{caption}\n"
    start = text.index(caption)
    assert clean.caption_lines(text) == ((start, start + len(caption)),)


def test_prose_with_an_editor_tag_is_no_caption() -> None:
    text = "Bupati meninjau tanggul yang jebol pada Senin (3/3/2031), kata warga. (ant/rh)\n"
    assert clean.caption_lines(text) == ()


def test_a_teaser_under_the_prose_is_furniture_however_long_its_headline() -> None:
    text = (
        "Warta Lembah\n\nTanggul Sungai Cibereum Jebol, Ratusan Rumah Terendam\n\n"
        "Tanggul Sungai Cibereum jebol pada Kamis malam dan merendam ratusan rumah di tiga desa "
        "yang berada di tepi sungai itu, kata warga.\n\n"
        "HIBURAN\nFestival Musik Lembah Hijau Kembali Digelar di Alun-alun Akhir Pekan Ini\n"
        "Senin, 19 Januari 2032 | 10:05\n"
    )
    teaser = text.index("Festival")
    assert any(f.start == teaser for f in clean.find_furniture(text))


def test_a_bare_read_label_is_read_also_furniture() -> None:
    text = (
        "Banjir merendam tiga desa di tepi sungai sejak Senin, kata kepala desa kepada warga.\n"
        "Baca: Hari Ini Petugas Kembali Menyemai Garam di Atas Waduk\n"
        "Warga diminta mengungsi ke balai desa sampai air surut, kata kepala desa itu.\n"
    )
    found = kinds(text)
    assert ("read-also", "Baca: Hari Ini Petugas Kembali Menyemai Garam di Atas Waduk") in found
    assert not [t for _, t in found if t.startswith("Warga")]


def test_a_more_on_this_topic_list_is_related_furniture() -> None:
    text = (
        "The river burst its banks on Monday and flooded three villages, officials said.\n"
        "\n"
        "MORE ON THIS TOPIC\n"
        "Farmers still living in tents after August floods\n"
        "Why shallow rivers flood so fast\n"
    )
    found = kinds(text)
    assert ("related", "MORE ON THIS TOPIC") in found
    assert ("related", "Farmers still living in tents after August floods") in found


@pytest.mark.parametrize(
    "line",
    [
        "(Reporting by Sari Wulan in Medan; Editing by Tom Hale)",
        "(Additional reporting by Ben Cole; Writing by Ana Lee; Editing by Raj Dev)",
        "[Laporan: Dimas Prasetyo; Editor: Rini Astuti]",
    ],
)
def test_a_wire_credit_line_is_furniture(line: str) -> None:
    text = (
        "Banjir Rendam Tiga Desa\n\nMEDAN - Banjir merendam tiga desa di tepi sungai pada Senin "
        f"setelah hujan deras semalaman, kata petugas setempat.\n\n{line}\n"
    )
    kinds = {text[f.start : f.end]: f.kind for f in clean.find_furniture(text)}
    assert kinds.get(line) == "footer"
    # A sentence in brackets inside the story stays prose.
    prose = text.replace(line, "(Warga diminta menjauhi bantaran sungai selama hujan turun.)")
    assert all(f.kind != "footer" for f in clean.find_furniture(prose))


def test_a_syndicated_copy_s_credit_is_a_link_not_prose() -> None:
    line = "Artikel ini telah tayang di Warta.com dengan judul Tanggul Jebol, Tiga Desa Terendam"
    text = (
        "Tanggul Jebol, Tiga Desa Terendam\n\nBanjir merendam tiga desa di tepi sungai pada "
        f"Senin setelah tanggul jebol, kata petugas setempat.\n\n{line}\n"
    )
    assert ("read-also", line) in kinds(text)
    # Told in the prose, the same words are the story's.
    prose = "Berita ini telah tayang di layar warga sejak pagi, kata petugas.\n"
    assert not kinds(f"Banjir merendam tiga desa pada Senin.\n{prose}")


def test_more_labels_of_page_furniture() -> None:
    text = (
        "Harbour bank closes its doors\n\n"
        "Image caption, Savers queued outside the branch on Wednesday\n\n"
        "Regulators closed the harbour bank on Friday after savers took out most of their money "
        "in two days, officials said, and promised that insured deposits would be paid.\n\n"
        "Related Story: Savers queue at harbour bank (Mar 17)\n\n"
        "• This article was amended on 23 March 2029 to correct the name of the regulator.\n\n"
        "Video Populer\n"
        "Banjir Rendam Pasar Lama (Jumat, 5 September 2029)\n"
    )
    found = {text[f.start : f.end].split()[0] for f in clean.find_furniture(text)}
    assert {"Related", "•", "Video", "Banjir"} <= found
    captions = [text[a:b] for a, b in clean.caption_lines(text)]
    assert captions == ["Image caption, Savers queued outside the branch on Wednesday"]

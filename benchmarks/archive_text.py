"""The words of the generated archive (benchmarks/archive.py): kinds of story with their
developments in Indonesian and English, quotes, filler, page furniture and the syllables names
are made of. Written for the benchmark; no sentence is taken from any article.

A development is (Indonesian clause, English clause), with slots the story fills: {p1} {p2}
people, {role1} their office, {place} a village or district, {city} the city of the dateline,
{org} a body, {site} a building or road, {n} {m} numbers.
"""

from __future__ import annotations

KINDS: dict[str, tuple[tuple[str, str], ...]] = {
    "flood": (
        ("banjir merendam {n} rumah warga di {place}", "floodwater swamped {n} homes in {place}"),
        ("{n} warga {place} mengungsi ke gedung {site}", "{n} residents of {place} took shelter in the {site} hall"),
        ("{role1} {p1} meninjau tanggul sungai yang jebol di {place}", "{role1} {p1} inspected the breached river bank in {place}"),
        ("air mulai surut di permukiman {place}", "the water began to recede from the streets of {place}"),
        ("{org} menyalurkan {m} paket bantuan bagi pengungsi {place}", "{org} handed out {m} aid parcels to families from {place}"),
        ("{role2} {p2} menetapkan status tanggap darurat banjir {place}", "{role2} {p2} declared a flood emergency for {place}"),
    ),
    "trial": (
        ("jaksa membacakan dakwaan terhadap {p1} di Pengadilan Negeri {city}", "prosecutors read the indictment against {p1} at the {city} district court"),
        ("saksi {p2} memberikan keterangan dalam sidang perkara {p1}", "witness {p2} gave evidence in the trial of {p1}"),
        ("jaksa menuntut {p1} dengan pidana {n} tahun penjara", "prosecutors asked the court to jail {p1} for {n} years"),
        ("majelis hakim menjatuhkan vonis {n} tahun penjara kepada {p1}", "the judges sentenced {p1} to {n} years in prison"),
        ("kuasa hukum {p1} mengajukan banding ke Pengadilan Tinggi {city}", "lawyers for {p1} filed an appeal with the {city} high court"),
        ("{org} menyita aset {p1} senilai Rp {m} miliar", "{org} seized assets of {p1} worth {m} billion rupiah"),
    ),
    "election": (
        ("{org} menetapkan {p1} dan {p2} sebagai pasangan calon di {place}", "{org} confirmed {p1} and {p2} as candidates in {place}"),
        ("pemungutan suara digelar di {n} tempat pemungutan suara di {place}", "voting took place at {n} polling stations across {place}"),
        ("{org} mulai merekapitulasi suara di gedung {site}", "{org} began tallying the votes at the {site} building"),
        ("{p1} mengklaim kemenangan dengan {n} persen suara", "{p1} claimed victory with {n} percent of the vote"),
        ("{p2} menggugat hasil penghitungan suara {place} ke Mahkamah Konstitusi", "{p2} challenged the count in {place} before the Constitutional Court"),
        ("{p1} dilantik sebagai {role1} {place}", "{p1} was sworn in as {role1} of {place}"),
    ),
    "ferry": (
        ("kapal motor {site} tenggelam di perairan {place} dengan {n} penumpang", "the ferry {site} sank off {place} with {n} passengers on board"),
        ("tim SAR gabungan menemukan {m} penumpang selamat di sekitar {place}", "rescuers found {m} survivors near {place}"),
        ("{role1} {p1} memimpin pencarian korban kapal {site}", "{role1} {p1} led the search for the missing from the {site}"),
        ("penyelam {org} mengangkat bangkai kapal {site} dari dasar laut", "divers from {org} raised the wreck of the {site}"),
        ("{org} menghentikan operasi pencarian korban kapal {site}", "{org} called off the search for victims of the {site}"),
        ("polisi menetapkan nakhoda {p2} sebagai tersangka tenggelamnya {site}", "police named the captain, {p2}, a suspect in the sinking of the {site}"),
    ),
    "strike": (
        ("ribuan buruh {org} mogok kerja di kawasan industri {place}", "thousands of workers at {org} walked out at the {place} industrial estate"),
        ("perwakilan buruh {p1} berunding dengan direksi {org}", "union leader {p1} met the board of {org}"),
        ("{role2} {p2} memanggil pimpinan {org} ke kantor {site}", "{role2} {p2} summoned the managers of {org} to the {site} office"),
        ("buruh {org} memblokade jalan {site} selama {n} jam", "workers from {org} blocked {site} road for {n} hours"),
        ("{org} sepakat menaikkan upah sebesar {n} persen", "{org} agreed to raise wages by {n} percent"),
        ("buruh {org} kembali bekerja setelah mogok {n} hari", "workers at {org} returned to work after a {n}-day strike"),
    ),
    "fire": (
        ("kebakaran melalap pasar {site} di {place}", "fire swept through the {site} market in {place}"),
        ("{n} unit mobil pemadam dikerahkan ke pasar {site}", "{n} fire engines were sent to the {site} market"),
        ("{role1} {p1} menjanjikan relokasi sementara bagi {m} pedagang {site}", "{role1} {p1} promised temporary stalls for {m} traders of the {site} market"),
        ("tim laboratorium forensik {org} memeriksa sisa kebakaran pasar {site}", "forensic experts from {org} examined the ruins of the {site} market"),
        ("polisi menyebut korsleting listrik memicu kebakaran pasar {site}", "police said faulty wiring started the fire at the {site} market"),
        ("pembangunan kembali pasar {site} dimulai dengan anggaran Rp {n} miliar", "rebuilding of the {site} market began with a budget of {n} billion rupiah"),
    ),
    "bridge": (
        ("jembatan {site} yang menghubungkan {place} dan {city} ambruk", "the {site} bridge linking {place} and {city} collapsed"),
        ("{n} kendaraan terjebak di sekitar jembatan {site}", "{n} vehicles were stranded near the {site} bridge"),
        ("{org} membangun jembatan darurat di dekat {site}", "{org} put up a temporary crossing beside the {site} bridge"),
        ("{role1} {p1} mengaudit kontraktor jembatan {site}", "{role1} {p1} ordered an audit of the contractor behind the {site} bridge"),
        ("jembatan {site} yang baru diresmikan {role2} {p2}", "{role2} {p2} opened the rebuilt {site} bridge"),
        ("polisi memeriksa {n} pejabat proyek jembatan {site}", "police questioned {n} officials over the {site} bridge project"),
    ),
    "outbreak": (
        ("{org} mencatat {n} kasus demam berdarah di {place}", "{org} recorded {n} dengue cases in {place}"),
        ("{role1} {p1} menetapkan kejadian luar biasa demam berdarah di {place}", "{role1} {p1} declared a dengue outbreak in {place}"),
        ("petugas melakukan pengasapan di {m} rukun warga {place}", "health workers fogged {m} neighbourhoods of {place}"),
        ("rumah sakit {site} menambah {n} tempat tidur bagi pasien demam berdarah", "the {site} hospital added {n} beds for dengue patients"),
        ("{p2} dari {org} memimpin gerakan menguras bak air di {place}", "{p2} of {org} led a campaign to drain water tanks in {place}"),
        ("kasus demam berdarah di {place} turun menjadi {n} pekan ini", "dengue cases in {place} fell to {n} this week"),
    ),
    "graft": (
        ("{org} menangkap {role1} {p1} dalam operasi tangkap tangan di {place}", "{org} arrested {role1} {p1} in a sting operation in {place}"),
        ("penyidik {org} menggeledah kantor {site}", "investigators from {org} searched the {site} offices"),
        ("{org} menetapkan {p2} sebagai tersangka suap proyek {site}", "{org} named {p2} a suspect in the bribery case over the {site} project"),
        ("{p1} diperiksa selama {n} jam di gedung {org}", "{p1} was questioned for {n} hours at the {org} building"),
        ("{org} menyita uang tunai Rp {m} miliar dari rumah {p2}", "{org} seized {m} billion rupiah in cash from the home of {p2}"),
        ("{p1} mengundurkan diri dari jabatan {role1} {place}", "{p1} resigned as {role1} of {place}"),
    ),
    "festival": (
        ("festival budaya {site} dibuka {role1} {p1} di {place}", "{role1} {p1} opened the {site} cultural festival in {place}"),
        ("{n} penari tampil dalam parade {site} di alun-alun {place}", "{n} dancers performed in the {site} parade in {place}"),
        ("{org} memamerkan {m} karya kerajinan di festival {site}", "{org} showed {m} handicrafts at the {site} festival"),
        ("pengunjung festival {site} mencapai {n} ribu orang", "the {site} festival drew {n} thousand visitors"),
        ("{p2} meraih penghargaan utama festival {site}", "{p2} won the top award of the {site} festival"),
        ("festival {site} ditutup dengan pesta kembang api di {place}", "the {site} festival closed with fireworks over {place}"),
    ),
    "landslide": (
        ("tanah longsor menimbun {n} rumah di {place}", "a landslide buried {n} houses in {place}"),
        ("tim SAR mengevakuasi {m} korban longsor dari {place}", "rescuers pulled {m} people from the landslide in {place}"),
        ("{role1} {p1} meminta warga lereng {site} mengungsi", "{role1} {p1} told people on the slopes of {site} to leave"),
        ("{org} memasang alat pendeteksi gerakan tanah di {site}", "{org} installed ground movement sensors on {site}"),
        ("jalan yang tertimbun longsor di {place} kembali dibuka", "the road buried by the landslide in {place} reopened"),
        ("{p2} dari {org} menyebut hujan deras memicu longsor di {place}", "{p2} of {org} said heavy rain set off the landslide in {place}"),
    ),
}  # fmt: skip

ROLES_ID = ("Bupati", "Wali Kota", "Gubernur", "Kepala Dinas", "Camat", "Kapolres", "Ketua DPRD")
ROLES_EN = ("Regent", "Mayor", "Governor", "agency head", "district chief", "police chief")
ORG_ID = ("Dinas {a}", "Badan {a} {b}", "PT {a} {b}", "Yayasan {a}", "Komisi {a}", "Balai {a}")
ORG_EN = ("the {a} Agency", "{a} {b} Ltd", "the {a} Foundation", "the {a} Commission")
SITE_ID = ("{a}", "{a} Raya", "Sungai {a}", "Gunung {a}", "{a} {b}")
SITE_EN = ("{a}", "{a} Point", "{a} River", "Mount {a}", "{a} {b}")
PLACE_ID = ("Desa {a}", "Kecamatan {a}", "Kabupaten {a}", "Kampung {a}", "Kelurahan {a}")
PLACE_EN = ("{a}", "{a} County", "{a} Valley", "North {a}", "{a} Bay")

SYL_ID_HEAD = "Ka Su Ta Wo Ra Ci Se Lu Ba Pa Ma Nga Gu Ja Ke Tu Ri Pu Bo Sa Wi Ga Ro Da".split()
SYL_ID_MID = "ra ma ngu la ta wi si ne ju ka lo ba ri su da po mi re ga ya".split()
SYL_ID_TAIL = "sari rejo jaya mulya harjo wangi sono kerto rata agung ganda wati mantri".split()
SYL_ID_TAIL += "tenggo laya rawa selo pura gati dana nangka banyu".split()
SYL_EN_HEAD = (
    "Al Bran Cor Dal El Fen Gar Hol Jas Kel Lor Mar Nor Or Per Ros Sel Tam Vin Wyn".split()
)
SYL_EN_MID = "a e i o u ai ei".split()
SYL_EN_TAIL = "ford ley ton well wick more ham dale brook field croft mere stead combe".split()
SYL_EN_TAIL += "gate haven holt ridge".split()
FIRST_ID = (
    "Agus Budiarti Cahyo Dwiyanti Endang Fitriani Gilang Hendro Irawati Joko Kurniasih".split()
)
FIRST_ID += (
    "Lukito Margono Nurhayati Oktaviani Purnomo Rahmawati Sutrisno Tri Wahyuni Yusuf".split()
)
FIRST_EN = "Adrian Beatrice Callum Delia Edmund Fiona Gareth Harriet Imogen Julian Keira".split()
FIRST_EN += "Lionel Maren Nigel Odette Preston Quentin Rosalind Silas Thea Warren".split()

QUOTES_ID = (
    "Kami bekerja siang dan malam agar semuanya kembali normal",
    "Semua pihak harus duduk bersama mencari jalan keluar",
    "Kami tidak akan membiarkan hal seperti ini terulang",
    "Warga diminta tetap tenang dan mengikuti arahan petugas",
    "Kami sudah menyiapkan anggaran untuk penanganan lanjutan",
    "Prosesnya masih panjang, kami mohon kesabaran masyarakat",
    "Data akan terus kami perbarui setiap ada perkembangan",
    "Ini pelajaran penting bagi kita semua",
)
QUOTES_EN = (
    "We are working around the clock to get things back to normal",
    "Everyone has to sit down together and find a way out",
    "We will not let something like this happen again",
    "People should stay calm and follow the instructions of officials",
    "We have set aside money for what comes next",
    "This will take time and we ask the public to be patient",
    "We will keep updating the figures as things develop",
    "There is an important lesson here for all of us",
)
SAYS_ID = ("kata {p} kepada wartawan", "ujar {p}", "tutur {p} di {place}", "kata {p}")
SAYS_EN = ("{p} told reporters", "said {p}", "{p} said in {place}", "{p} said")
FILLER_ID = (
    "Sejumlah warga mengaku belum menerima penjelasan resmi mengenai langkah berikutnya.",
    "Aparat setempat berjaga di beberapa titik untuk mengatur arus lalu lintas.",
    "Pemerintah daerah berjanji mengevaluasi prosedur yang selama ini berjalan.",
    "Beberapa tokoh masyarakat meminta proses itu dilakukan secara terbuka.",
    "Situasi di lokasi terpantau kondusif meski aktivitas warga belum sepenuhnya pulih.",
    "Anggota dewan setempat menyatakan akan memanggil instansi terkait untuk dimintai penjelasan.",
    "Pengamat menilai koordinasi antarlembaga masih perlu diperbaiki.",
    "Hingga berita ini diturunkan, belum ada keterangan tambahan dari pihak perusahaan.",
    "Para camat dan kepala desa diminta melapor ke pemerintah kabupaten setiap pekan.",
    "Pengurus yayasan dan komisi di tingkat kecamatan ikut dilibatkan dalam pendataan.",
    "Petugas dinas dan badan terkait menyisir bantaran sungai hingga kaki gunung.",
    "Menurut penulis laporan itu, suara warga kelurahan dan kampung belum didengar.",
    "Kabar itu cepat menyebar di media sosial dan grup percakapan warga.",
    "Jalan raya menuju balai desa sempat tergenang dan dipenuhi lumpur.",
    "Seorang pegiat menegaskan hak warga atas informasi harus dipenuhi.",
    "Wali kota, bupati, dan kapolres se-provinsi dijadwalkan bertemu pekan depan.",
    "Sebuah harian lokal menulis warta itu di halaman depan, lengkap dengan beranda foto.",
    "Warga yang sebelumnya mengungsi, menurut petugas, sebanyak separuh sudah pulang.",
    "Kebutuhan lain selain makanan juga dicatat, sedangkan kebutuhan air dipenuhi sebelumnya.",
)
FILLER_EN = (
    "Several residents said they had yet to hear officially what would happen next.",
    "Local officers were posted at several points to direct the traffic.",
    "The local government promised to review how things had been handled so far.",
    "Community leaders asked for the process to be carried out in the open.",
    "The area was calm, although daily life had not fully returned to normal.",
    "Local councillors said they would summon the agencies involved for an explanation.",
    "Analysts said cooperation between the agencies still needed work.",
    "The company had not commented further by the time of publication.",
    "The county council and the river authority met near the bay to discuss it.",
    "People in the valley and the north of the district were told to stay at home.",
    "The agency, the foundation and the commission each sent staff to help.",
    "Local media, including a daily paper, reported long queues at one point.",
    "The mount above the town stayed closed to hikers, the herald of a long season.",
    "Reporters who read the report three times said it was updated by a courier.",
    "The regent, the mayor and the police chief are due to meet next week.",
    "Everyone agreed that some of the demand had been met earlier than planned, besides the rest.",
    "Staff said some families had left earlier, and that demand for help was falling.",
)
SECTIONS_ID = ("Daerah", "Nasional", "Peristiwa", "Hukum", "Regional", "Ekonomi")
SECTIONS_EN = ("World", "Asia", "Region", "Business", "Local")
OUTLET_ID = ("Kabar {a}", "Warta {a}", "{a}Pos", "Suara {a}", "Harian {a}", "{a}News.id")
OUTLET_EN = ("The {a} Courier", "{a} Herald", "{a} Daily", "The {a} Times")
AGENCY_ID = ("NUSANTARA", "WARTANUSA", "KABARNEGERI")
AGENCY_EN = ("Nusa Wire", "Archipelago Press")
ID_MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
)
EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)
EN_MON = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()
ID_DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
ID_NUM = "nol satu dua tiga empat lima enam tujuh delapan sembilan sepuluh".split()
EN_NUM = "zero one two three four five six seven eight nine ten".split()
ID_PARTS = ("pagi", "siang", "sore", "malam")
EN_PARTS = ("morning", "afternoon", "evening", "night")

# Sentences about the story, filled with its names (so that two stories differ in words, as
# two real stories do).
DETAIL_ID = (
    "{role1} {p1} mengatakan pihaknya telah berkoordinasi dengan {org} sejak awal.",
    "Menurut {p2}, persoalan di {place} sudah dikeluhkan warga sejak lama.",
    "{org} menurunkan {n} petugas untuk membantu penanganan di {place}.",
    "Data {org} menunjukkan {m} keluarga di {place} terdampak langsung.",
    "{p2} menilai langkah {org} belum menyentuh akar persoalan di {place}.",
    "Warga {place} berharap {role1} {p1} turun langsung melihat kondisi di lapangan.",
    "Kawasan {site} selama ini dikenal sebagai pusat kegiatan warga {place}.",
    "{org} membuka posko pengaduan di dekat {site} bagi warga yang membutuhkan.",
    "Anggaran sebesar Rp {n} miliar disiapkan untuk kebutuhan di {place} tahun ini.",
    "{p1} meminta {org} menyampaikan laporan lengkap dalam waktu dekat.",
    "Sejumlah relawan dari {city} ikut membantu warga {place} membersihkan lingkungan.",
    "Jalan menuju {site} sempat ditutup sehingga kendaraan dialihkan melalui {place}.",
    "{p2} mengaku sudah beberapa kali menyampaikan masalah itu kepada {org}.",
    "Pengurus {org} menyebut jumlah korban bisa bertambah seiring pendataan di {place}.",
)
DETAIL_EN = (
    "{role1} {p1} said officials had been working with {org} from the start.",
    "According to {p2}, people in {place} had complained about the problem for years.",
    "{org} sent {n} staff to help with the response in {place}.",
    "Figures from {org} showed {m} households in {place} were directly affected.",
    "{p2} said the steps taken by {org} did not go to the root of the problem in {place}.",
    "Residents of {place} want {p1} to come and see the situation for themselves.",
    "The {site} area has long been the centre of community life in {place}.",
    "{org} opened a help desk near {site} for anyone who needed it.",
    "A budget of {n} million was set aside for needs in {place} this year.",
    "{p1} asked {org} to hand over a full report soon.",
    "Volunteers from {city} helped families in {place} clear up.",
    "The road to {site} was closed for a time and traffic went through {place} instead.",
    "{p2} said the matter had been raised with {org} several times before.",
    "Officials at {org} said the toll could rise as they went through records in {place}.",
)

# Words a story's own sentences are made of: each story draws a few, so that two stories share
# no more of their words than two real ones do.
NOUNS_ID = """anggaran gudang sekolah pasar jembatan pelabuhan bendungan irigasi sawah kebun
    tambak perahu nelayan petani pedagang guru siswa bidan perawat dokter puskesmas klinik
    apotek obat vaksin beras jagung kedelai cabai bawang gula minyak garam pupuk benih traktor
    gerobak truk angkot ojek terminal stasiun halte trotoar saluran gorong tanggul waduk sumur
    pipa listrik gardu tiang kabel menara sinyal internet aplikasi data arsip dokumen surat
    laporan kontrak tender proyek kontraktor mandor buruh upah pesangon koperasi bank kredit
    pinjaman cicilan pajak retribusi izin sertifikat tanah lahan kavling rumah asrama masjid
    gereja pura balai aula lapangan stadion kolam taman hutan bukit lereng sungai muara pantai
    pulau karang teluk tebing goa jalan tol kereta bus kapal pesawat bandara dermaga mercusuar
    ternak sapi kambing ayam itik ikan udang kepiting rumput kayu bambu batu pasir semen besi
    kaca genteng atap dinding lantai pintu jendela tenda terpal selimut kasur dapur sembako
    susu roti nasi kopi teh tembakau cengkih karet sawit kakao kelapa pisang mangga durian
    festival lomba pameran konser wayang gamelan tari batik tenun ukiran anyaman keramik""".split()
VERBS_ID = """memperbaiki membangun membongkar memeriksa mengirim menerima menolak menyetujui
    membagikan mengumpulkan menghitung mencatat melaporkan mengusulkan merencanakan menunda
    membatalkan memperpanjang memperluas menutup membuka menambah mengurangi mengganti
    menyiapkan mengangkut menjual membeli menyewa meminjam mengembalikan menanam memanen
    menebang membersihkan mengecat mengukur menimbang mengawasi menjaga mengamankan
    mengosongkan memindahkan menampung merawat melatih mendampingi mengajukan menandatangani
    meresmikan menguji memasang mencabut mendata memetakan menyegel menertibkan""".split()
NOUNS_EN = """budget warehouse school market bridge harbour dam canal paddy orchard pond boat
    fisherman farmer trader teacher pupil midwife nurse doctor clinic pharmacy medicine vaccine
    rice maize soybean chilli onion sugar oil salt fertiliser seed tractor cart truck minibus
    scooter terminal station shelter pavement drain culvert levee reservoir well pipe power
    substation pole cable tower signal network app records archive document letter report
    contract tender project contractor foreman labourer wage severance cooperative bank credit
    loan instalment tax levy permit certificate land plot house dormitory mosque church temple
    hall auditorium field stadium pool park forest hill slope river estuary beach island reef
    bay cliff cave road highway train bus ship plane airport jetty lighthouse cattle goat
    chicken duck fish shrimp crab grass timber bamboo stone sand cement steel glass tile roof
    wall floor door window tent tarpaulin blanket mattress kitchen groceries milk bread coffee
    tea tobacco clove rubber palm cocoa coconut banana mango durian festival contest exhibition
    concert puppet gamelan dance batik weaving carving basketry pottery""".split()
VERBS_EN = """repaired built demolished inspected sent received rejected approved distributed
    collected counted recorded reported proposed planned postponed cancelled extended expanded
    closed opened increased reduced replaced prepared transported sold bought rented borrowed
    returned planted harvested felled cleaned painted measured weighed monitored guarded
    secured vacated moved housed treated trained assisted submitted signed inaugurated tested
    installed revoked registered mapped sealed""".split()
# Sentence shapes for a story's own words: {p} a person, {v} a verb, {a} {b} nouns, {place},
# {org}, {k} a number.
SHAPES_ID = (
    "{p} {v} {a} {j} dan {b} di {place}.",
    "Menurut {p}, {org} {v} {k} {a} untuk warga {place}.",
    "{org} juga {v} {a} {j} di dekat {b}.",
    "Sebanyak {k} {a} di {place} kini menunggu giliran untuk {v2} {b}.",
    "{p} menyebut {a} di {place} sudah lama {j}.",
    "Selain {a}, petugas {org} {v} {b} di sekitar {place}.",
    "Kebutuhan {a} dan {b} di {place} diperkirakan mencapai {k} unit.",
    "{p} mengaku belum pernah melihat {a} sebanyak itu di {place}.",
    "Harga {a} di {place} naik hampir {k} persen sejak urusan {b} mencuat.",
    "{org} menargetkan {k} {a} rampung sebelum musim {b} tiba.",
    "Di {place}, {a} {j} menumpuk di samping {b}.",
    "Tim gabungan {v} {a} dengan bantuan {k} relawan dari {place}.",
    "Pemilik {a} di {place} mengeluhkan ongkos {b} yang melonjak.",
    "{p} menunjukkan {a} {j} di belakang {b}.",
    "Rapat di {place} membahas {a}, {b}, dan jadwal pengerjaannya.",
    "Sejak pagi, antrean {a} memanjang hingga ke depan {b}.",
    "{org} mengaku kekurangan {a} untuk menangani {b} di {place}.",
    "Laporan {org} mencatat {k} {a} hilang dan {b} rusak berat.",
    "{p} berjanji {v} {a} paling lambat dalam {k} hari.",
    "Tak jauh dari {b}, puluhan {a} terlihat berjajar di tepi jalan.",
    "Sebagian {a} dipindahkan ke {place} agar {b} bisa dibersihkan.",
    "Untuk sementara, {a} dititipkan di gudang {org}.",
    "{p} mencontohkan {a} di {place} yang sudah ditangani dengan baik.",
    "Biaya {a} dan {b} ditanggung {org} hingga akhir tahun.",
)
SHAPES_EN = (
    "{p} {v} the {j} {a} and the {b} in {place}.",
    "According to {p}, {org} {v} {k} {a} units for people in {place}.",
    "{org} also {v} the {j} {a} next to the {b}.",
    "Some {k} {a} owners in {place} are now waiting for the {b}.",
    "{p} said the {a} in {place} had long been {j}.",
    "Besides the {a}, staff from {org} {v} the {b} around {place}.",
    "Demand for {a} and {b} in {place} is estimated at {k} units.",
    "{p} said {place} had never seen so much {a} before.",
    "The price of {a} in {place} has risen almost {k} percent since the {b} row began.",
    "{org} aims to finish {k} {a} projects before the {b} season.",
    "In {place}, {j} {a} piled up beside the {b}.",
    "A joint team {v} the {a} with the help of {k} volunteers from {place}.",
    "Owners of {a} in {place} complained about the soaring cost of {b}.",
    "{p} pointed to a {j} {a} behind the {b}.",
    "A meeting in {place} discussed the {a}, the {b} and the timetable.",
    "Since dawn, the queue for {a} stretched to the front of the {b}.",
    "{org} said it was short of {a} to deal with the {b} in {place}.",
    "A report by {org} counted {k} {a} missing and the {b} badly damaged.",
    "{p} promised the {a} would be {v} within {k} days.",
    "Not far from the {b}, dozens of {a} stood along the roadside.",
    "Some {a} were taken to {place} so the {b} could be cleaned.",
    "For now, the {a} is kept in a warehouse run by {org}.",
    "{p} cited the {a} in {place} as one handled well.",
    "{org} will pay for the {a} and the {b} until the end of the year.",
)
ADJ_ID = """baru lama rusak retak miring licin becek berdebu sempit lebar tinggi rendah mahal murah
    langka melimpah kering basah hangus utuh kosong penuh sepi ramai darurat sementara permanen
    resmi liar gelap terang bising tenang curam landai dalam dangkal padat longgar kokoh rapuh
    tua muda panjang pendek berat ringan bersih kotor segar busuk hijau cokelat putih hitam
    merah biru kuning abu-abu bocor mampet macet lancar tertunda tuntas terbengkalai terlantar""".split()
ADJ_EN = """new old broken cracked leaning slippery muddy dusty narrow wide high low costly cheap
    scarce plentiful dry wet charred intact empty full quiet busy temporary permanent official
    unlicensed dark bright noisy calm steep gentle deep shallow dense loose sturdy fragile aged
    young long short heavy light clean dirty fresh rotten green brown white black red blue
    yellow grey leaking blocked jammed smooth delayed finished abandoned neglected""".split()

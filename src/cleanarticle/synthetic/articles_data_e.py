"""Article prose data (id, vi, hi, bn). Format: see articles_data_a."""

ID = dict(
    first="Siti|Budi|Dewi|Agus|Rina|Hendra|Putri|Yusuf|Wulan|Fajar|Intan|Rizky",
    last="Santoso|Wijaya|Hidayat|Kurniawan|Pratama|Saputra|Lestari|Nugroho|Rahmawati|Siregar|Halim",
    city="Bandung|Surabaya|Medan|Semarang|Makassar|Yogyakarta|Malang|Palembang|Denpasar|Pontianak|Manado",
    org="DPRD kota|Kementerian Perhubungan|Universitas Nusa Terang|dinas kesehatan provinsi|PT Cahaya Energi|serikat guru|Koperasi Tani Makmur",
    agency="Kabar Nusantara|Warta Timur",
    months="Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember",
    days="Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu",
    th="Kota|Penduduk|Perubahan",
    qa="T:|J:",
    by="Oleh {p}|Penulis: {p}|{p}, {c}",
    date="{dd} {m} {y}|Diterbitkan {dd} {m} {y}",
    dateline="{C}, Kabar Nusantara -|{C} —",
    ts=".", ds=",",
    sub="Apa selanjutnya|Latar belakang|Biaya yang terus naik|Tanggapan|Angka-angka|Mengapa ini penting",
    cap="{p} memberikan keterangan kepada wartawan di {c}.|Suasana pusat kota {c}.|Relawan menyiapkan paket sembako.",
    title="""{O} sahkan anggaran baru setelah perdebatan panjang
Warga {c} minta tambahan bus malam
Harga naik {pc} persen dalam setahun
Apa arti aturan baru bagi usaha kecil
{p} mundur dari jabatannya""",
    sent="""{p}, yang memimpin lembaga itu sejak {y}, mengatakan keputusan tersebut akan ditinjau sebelum akhir {m}.
Rencana itu disetujui pada hari {d} setelah perdebatan lebih dari {n} jam.
Menurut data yang dirilis {o}, sekitar {N} orang terdampak di {c} saja.
Warga {c} sudah bertahun-tahun mengeluhkan kondisi jalan dan minimnya bus pada malam hari.
"Kami tidak menyangka yang datang sebanyak ini," kata {p}, salah satu relawan.
Harga naik {pc} persen pada {m}, kenaikan tercepat sejak {y}.
Perusahaan yang mempekerjakan sekitar {N} karyawan itu tidak menanggapi pertanyaan kami.
Para pengkritik menilai aturan baru akan paling memukul usaha kecil di luar kota besar.
Pembangunan jembatan dimulai pada {y} dan kini diperkirakan molor dua tahun.
Para guru menilai perubahan itu diterapkan terlalu cepat tanpa pelatihan yang memadai.
Banyak warga yang kami temui mengaku belum pernah mendengar program tersebut.""",
)

VI = dict(
    first="Minh|Lan|Hùng|Thảo|Tuấn|Hương|Dũng|Mai|Quang|Ngọc|Long|Trang",
    last="Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi|Đỗ|Ngô|Dương",
    city="Đà Nẵng|Huế|Hải Phòng|Cần Thơ|Nha Trang|Vinh|Quy Nhơn|Đà Lạt|Buôn Ma Thuột|Vũng Tàu",
    org="hội đồng nhân dân thành phố|Bộ Giao thông|Đại học Sông Xanh|sở y tế tỉnh|Công ty Năng lượng Ánh Dương|công đoàn giáo viên|hợp tác xã Đồng Xanh",
    agency="Thông tấn Phương Nam|Tin Mới",
    months="tháng 1|tháng 2|tháng 3|tháng 4|tháng 5|tháng 6|tháng 7|tháng 8|tháng 9|tháng 10|tháng 11|tháng 12",
    days="thứ Hai|thứ Ba|thứ Tư|thứ Năm|thứ Sáu|thứ Bảy|Chủ nhật",
    th="Thành phố|Dân số|Thay đổi",
    qa="Hỏi:|Đáp:",
    by="{p}|Bài: {p}|{p} - {c}",
    date="{dd} {m} năm {y}|Cập nhật {dd}/{mm}/{y}",
    dateline="{C} -|{C} —",
    ts=".", ds=",",
    order="lf",
    sub="Điều gì tiếp theo|Bối cảnh|Chi phí tăng cao|Phản ứng|Những con số|Vì sao điều này quan trọng",
    cap="Ông {p} trả lời báo chí tại {c}.|Trung tâm thành phố {c}.|Tình nguyện viên chuẩn bị các phần quà.",
    title="""{O} thông qua ngân sách mới sau nhiều giờ tranh luận
Người dân {c} muốn có thêm xe buýt
Giá cả tăng {pc}% so với cùng kỳ
Quy định mới có ý nghĩa gì với doanh nghiệp nhỏ""",
    sent="""Ông {p}, người đứng đầu cơ quan từ năm {y}, cho biết quyết định sẽ được xem xét lại trước cuối {m}.
Kế hoạch được thông qua vào {d} sau cuộc tranh luận kéo dài hơn {n} giờ.
Theo số liệu của {o}, riêng tại {c} có khoảng {N} người bị ảnh hưởng.
Người dân {c} nhiều năm nay phàn nàn về tình trạng đường sá và việc thiếu xe buýt buổi tối.
"Chúng tôi không ngờ có nhiều người đến như vậy", bà {p}, một tình nguyện viên, chia sẻ.
Giá cả trong {m} tăng {pc}%, mức tăng nhanh nhất kể từ năm {y}.
Công ty, với khoảng {N} nhân viên, chưa trả lời câu hỏi của phóng viên.
Nhiều ý kiến cho rằng quy định mới sẽ ảnh hưởng nặng nhất đến các doanh nghiệp nhỏ.
Cây cầu được khởi công năm {y} và dự kiến sẽ hoàn thành chậm hai năm.
Nhiều người chúng tôi gặp cho biết họ chưa từng nghe về chương trình này.""",
)

HI = dict(
    first="राहुल|प्रिया|अमित|सुनीता|विकास|नेहा|संजय|पूजा|अर्जुन|कविता|रोहित|मीना",
    last="शर्मा|वर्मा|गुप्ता|सिंह|यादव|पटेल|मिश्रा|जोशी|चौहान|त्रिपाठी|अग्रवाल",
    city="लखनऊ|जयपुर|पटना|भोपाल|इंदौर|कानपुर|नागपुर|वाराणसी|देहरादून|रांची|आगरा",
    org="नगर निगम|परिवहन मंत्रालय|नीलगिरि विश्वविद्यालय|राज्य स्वास्थ्य विभाग|सूर्योदय ऊर्जा कंपनी|शिक्षक संघ|हरित किसान सहकारी समिति",
    agency="समाचार भारती|पूर्वांचल टाइम्स",
    months="जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर",
    days="सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार",
    th="शहर|जनसंख्या|बदलाव",
    qa="प्रश्न:|उत्तर:",
    by="{p}|लेखक: {p}|{p}, {c}",
    date="{dd} {m} {y}|प्रकाशित: {dd} {m} {y}",
    dateline="{C}, समाचार भारती।|{C} —",
    ts=",", ds=".",
    sub="आगे क्या होगा|पृष्ठभूमि|बढ़ती लागत|प्रतिक्रिया|आंकड़े|यह क्यों मायने रखता है",
    cap="{p} ने {c} में पत्रकारों से बात की।|{c} के पुराने शहर का एक दृश्य।|स्वयंसेवक राहत सामग्री तैयार करते हुए।",
    title="""{O} ने लंबी बहस के बाद नया बजट पारित किया
{c} के लोग रात में और बसें चाहते हैं
एक साल में कीमतें {pc} प्रतिशत बढ़ीं
छोटे व्यापारियों के लिए नए नियमों का क्या मतलब है
{p} ने पद से इस्तीफा दिया""",
    sent="""{p}, जो {y} से संस्था का नेतृत्व कर रहे हैं, ने कहा कि {m} के अंत से पहले इस फैसले की समीक्षा की जाएगी।
{d} को {n} घंटे से अधिक चली बहस के बाद योजना को मंजूरी दी गई।
{o} के आंकड़ों के अनुसार, अकेले {c} में लगभग {N} लोग प्रभावित हुए हैं।
{c} के निवासी वर्षों से खराब सड़कों और रात में बसों की कमी की शिकायत करते रहे हैं।
"हमें उम्मीद नहीं थी कि इतने लोग आएंगे," एक स्वयंसेवक {p} ने कहा।
{m} में कीमतें {pc} प्रतिशत बढ़ीं, जो {y} के बाद सबसे तेज बढ़ोतरी है।
लगभग {N} कर्मचारियों वाली कंपनी ने हमारे सवालों का जवाब नहीं दिया।
आलोचकों का कहना है कि नए नियमों का सबसे ज्यादा असर बड़े शहरों के बाहर छोटे कारोबारों पर पड़ेगा।
पुल का निर्माण {y} में शुरू हुआ था और अब इसके दो साल देर से पूरा होने की उम्मीद है।
शिक्षकों का कहना है कि बदलाव बिना पर्याप्त प्रशिक्षण के बहुत जल्दी लागू किए गए।
जिन लोगों से हमने बात की, उनमें से कई ने इस योजना के बारे में कभी नहीं सुना था।""",
)

BN = dict(
    first="রাহুল|প্রিয়া|অমিত|সুমিতা|বিকাশ|নেহা|সঞ্জয়|পূজা|অর্জুন|কবিতা|রোহিত|মিনা",
    last="দাস|চৌধুরী|সেন|বসু|ঘোষ|রায়|মুখার্জি|ব্যানার্জি|সরকার|হোসেন|রহমান",
    city="ঢাকা|কলকাতা|চট্টগ্রাম|খুলনা|রাজশাহী|সিলেট|শিলিগুড়ি|বরিশাল|রংপুর|আসানসোল|কুমিল্লা",
    org="পৌরসভা|পরিবহন মন্ত্রণালয়|নীলগিরি বিশ্ববিদ্যালয়|জেলা স্বাস্থ্য বিভাগ|সূর্যোদয় এনার্জি কোম্পানি|শিক্ষক সমিতি|সবুজ কৃষক সমবায়",
    agency="সংবাদ বাংলা|পূর্বাঞ্চল বার্তা",
    months="জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর",
    days="সোমবার|মঙ্গলবার|বুধবার|বৃহস্পতিবার|শুক্রবার|শনিবার|রবিবার",
    th="শহর|জনসংখ্যা|পরিবর্তন",
    qa="প্রশ্ন:|উত্তর:",
    by="{p}|লেখক: {p}|{p}, {c}",
    date="{dd} {m} {y}|প্রকাশিত: {dd} {m} {y}",
    dateline="{C}, সংবাদ বাংলা।|{C} —",
    ts=",", ds=".",
    sub="এরপর কী|পটভূমি|বাড়তি খরচ|প্রতিক্রিয়া|পরিসংখ্যান|কেন এটি গুরুত্বপূর্ণ",
    cap="{p} {c}-এ সাংবাদিকদের সঙ্গে কথা বলছেন।|{c} শহরের পুরোনো এলাকার একটি দৃশ্য।|স্বেচ্ছাসেবকেরা ত্রাণসামগ্রী প্রস্তুত করছেন।",
    title="""দীর্ঘ বিতর্কের পর {o} নতুন বাজেট পাস করেছে
{c}-এর বাসিন্দারা রাতে আরও বাস চান
এক বছরে দাম {pc} শতাংশ বেড়েছে
ছোট ব্যবসায়ীদের জন্য নতুন নিয়মের অর্থ কী
{p} পদ থেকে পদত্যাগ করেছেন""",
    sent="""{y} সাল থেকে প্রতিষ্ঠানটির নেতৃত্বে থাকা {p} বলেন, {m} মাসের শেষের আগে সিদ্ধান্তটি পুনর্বিবেচনা করা হবে।
{n} ঘণ্টারও বেশি বিতর্কের পর {d} পরিকল্পনাটি অনুমোদিত হয়।
{o}-এর তথ্য অনুযায়ী, শুধু {c}-এই প্রায় {N} জন মানুষ ক্ষতিগ্রস্ত হয়েছেন।
{c}-এর বাসিন্দারা বহু বছর ধরে ভাঙা রাস্তা ও রাতে বাসের অভাব নিয়ে অভিযোগ করে আসছেন।
"এত মানুষ আসবে আমরা ভাবিনি," বললেন স্বেচ্ছাসেবক {p}।
{m} মাসে দাম {pc} শতাংশ বেড়েছে, যা {y} সালের পর সবচেয়ে দ্রুত বৃদ্ধি।
প্রায় {N} কর্মী থাকা কোম্পানিটি আমাদের প্রশ্নের উত্তর দেয়নি।
সমালোচকদের মতে, নতুন নিয়মে বড় শহরের বাইরের ছোট ব্যবসাগুলো সবচেয়ে বেশি ক্ষতিগ্রস্ত হবে।
সেতুর নির্মাণকাজ {y} সালে শুরু হয়েছিল এবং এখন তা দুই বছর দেরিতে শেষ হবে বলে আশা করা হচ্ছে।
শিক্ষকেরা বলছেন, পর্যাপ্ত প্রশিক্ষণ ছাড়াই খুব তাড়াতাড়ি পরিবর্তনগুলো চালু করা হয়েছে।
আমরা যাঁদের সঙ্গে কথা বলেছি, তাঁদের অনেকেই এই কর্মসূচির কথা কখনো শোনেননি।""",
)

LANGS = {"id": ID, "vi": VI, "hi": HI, "bn": BN}

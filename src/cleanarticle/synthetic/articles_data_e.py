"""Article prose data (id, vi). Format: see articles_data_a."""

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

LANGS = {"id": ID, "vi": VI}

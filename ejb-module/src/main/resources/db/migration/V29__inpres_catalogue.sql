-- Instruksi Presiden Nomor 3 Tahun 2022 tentang Optimalisasi Penyelenggaraan Kampung Keluarga
-- Berkualitas (20 Mei 2022): the targets (sasaran), programmes (program) and activities (kegiatan)
-- of its annex, each activity with its indicator and the ministry or agency responsible (penanggung
-- jawab), and the tags of interventions to those activities (issue #20, context monitoring).
--
-- Source: the Instruction's annex (Lampiran) as transcribed in the national Kampung KB portal's
-- catalogue (github.com/willyprmn/Kampung-KB, database/seeds/InpresSasaranSeeder.php and
-- KementerianSeeder.php). Names and indicators are the catalogue's, in its order and spelling; only
-- list markers ("b. ") and doubled or trailing blanks were dropped. The penanggung jawab is the
-- ministry the catalogue's entry names by id.
--
-- Versioned: everything belongs to a catalogue row. A revised Instruction is a new catalogue with
-- its own rows and codes (S1, S1.P1, S1.P1.K1 are stable within a catalogue); tags keep pointing at
-- the activity of the version they were made against.

CREATE TABLE inpres_catalogue (
    id         BIGINT        NOT NULL,
    code       VARCHAR(30)   NOT NULL,
    title      VARCHAR(300)  NOT NULL,
    issued_on  DATE          NOT NULL,
    source     VARCHAR(500)  NOT NULL,
    CONSTRAINT inpres_catalogue_pk PRIMARY KEY (id),
    CONSTRAINT inpres_catalogue_code_uk UNIQUE (code)
);

CREATE TABLE inpres_target (
    id            BIGINT        NOT NULL,
    catalogue_id  BIGINT        NOT NULL,
    code          VARCHAR(20)   NOT NULL,
    sort_order    INTEGER       NOT NULL,
    name          VARCHAR(500)  NOT NULL,
    CONSTRAINT inpres_target_pk PRIMARY KEY (id),
    CONSTRAINT inpres_target_catalogue_fk FOREIGN KEY (catalogue_id) REFERENCES inpres_catalogue (id),
    CONSTRAINT inpres_target_code_uk UNIQUE (catalogue_id, code)
);

CREATE TABLE inpres_programme (
    id            BIGINT        NOT NULL,
    catalogue_id  BIGINT        NOT NULL,
    target_id     BIGINT        NOT NULL,
    code          VARCHAR(20)   NOT NULL,
    sort_order    INTEGER       NOT NULL,
    name          VARCHAR(500)  NOT NULL,
    CONSTRAINT inpres_programme_pk PRIMARY KEY (id),
    CONSTRAINT inpres_programme_catalogue_fk FOREIGN KEY (catalogue_id) REFERENCES inpres_catalogue (id),
    CONSTRAINT inpres_programme_target_fk FOREIGN KEY (target_id) REFERENCES inpres_target (id),
    CONSTRAINT inpres_programme_code_uk UNIQUE (catalogue_id, code)
);

CREATE TABLE inpres_activity (
    id             BIGINT        NOT NULL,
    catalogue_id   BIGINT        NOT NULL,
    programme_id   BIGINT        NOT NULL,
    code           VARCHAR(20)   NOT NULL,
    sort_order     INTEGER       NOT NULL,
    name           VARCHAR(500)  NOT NULL,
    indicator      VARCHAR(500)  NOT NULL,
    responsible    VARCHAR(200)  NOT NULL,
    CONSTRAINT inpres_activity_pk PRIMARY KEY (id),
    CONSTRAINT inpres_activity_catalogue_fk FOREIGN KEY (catalogue_id) REFERENCES inpres_catalogue (id),
    CONSTRAINT inpres_activity_programme_fk FOREIGN KEY (programme_id) REFERENCES inpres_programme (id),
    CONSTRAINT inpres_activity_code_uk UNIQUE (catalogue_id, code)
);

-- An intervention's tags: one row per intervention that was ever tagged (its version for If-Match,
-- who tagged it last; audited), and one row per tagged activity. The village is copied from the
-- intervention's Kampung KB so the audit trail knows whose record it is without a join.
CREATE TABLE intervention_inpres_tags (
    intervention_id  BIGINT       NOT NULL,
    village_code     VARCHAR(13)  NOT NULL,
    tagged_by        VARCHAR(50)  NOT NULL,
    tagged_at        TIMESTAMP    NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT intervention_inpres_tags_pk PRIMARY KEY (intervention_id),
    CONSTRAINT intervention_inpres_tags_intervention_fk FOREIGN KEY (intervention_id)
        REFERENCES intervention (id)
);

CREATE TABLE intervention_inpres (
    intervention_id  BIGINT  NOT NULL,
    activity_id      BIGINT  NOT NULL,
    CONSTRAINT intervention_inpres_pk PRIMARY KEY (intervention_id, activity_id),
    CONSTRAINT intervention_inpres_tags_fk FOREIGN KEY (intervention_id)
        REFERENCES intervention_inpres_tags (intervention_id),
    CONSTRAINT intervention_inpres_activity_fk FOREIGN KEY (activity_id) REFERENCES inpres_activity (id)
);

-- The recap counts per activity.
CREATE INDEX intervention_inpres_activity_ix ON intervention_inpres (activity_id, intervention_id);

INSERT INTO inpres_catalogue (id, code, title, issued_on, source) VALUES
    (1, 'INPRES-3-2022',
     'Instruksi Presiden Nomor 3 Tahun 2022 tentang Optimalisasi Penyelenggaraan Kampung Keluarga Berkualitas',
     DATE '2022-05-20',
     'Lampiran Instruksi Presiden Nomor 3 Tahun 2022, sebagaimana ditranskripsikan dalam katalog portal nasional Kampung KB');

INSERT INTO inpres_target (id, catalogue_id, code, sort_order, name) VALUES
    (1, 1, 'S1', 1, 'Penyediaan data dan peningkatan cakupan administrasi kependudukan'),
    (2, 1, 'S2', 2, 'Peningkatan perubahan perilaku'),
    (3, 1, 'S3', 3, 'Peningkatan cakupan layanan dan rujukan pada keluarga'),
    (4, 1, 'S4', 4, 'Penataan lingkungan keluarga dan masyarakat');

INSERT INTO inpres_programme (id, catalogue_id, target_id, code, sort_order, name) VALUES
    (1, 1, 1, 'S1.P1', 1, 'Penyediaan data dan peningkatan cakupan pemenuhan administrasi kependudukan'),
    (2, 1, 2, 'S2.P1', 1, 'Penguatan advokasi dalam Gerakan Masyarakat Hidup Sehat (GERMAS) dan komunikasi perubahan perilaku masyarakat'),
    (3, 1, 3, 'S3.P1', 1, 'Peningkatan akses dan pelayanan kesehatan termasuk Keluarga Berencana dan Kesehatan Reproduksi melalui program kesehatan berbasis masyarakat (PKBM)/unit-unit pelayanan dan Upaya Kesehatan Bersumberdaya Masyarakat (UKBM)'),
    (4, 1, 3, 'S3.P2', 2, 'Pendampingan dan pelayanan pada keluarga dengan resiko kejadian stunting'),
    (5, 1, 3, 'S3.P3', 3, 'Peningkatan cakupan dan akses pendidikan'),
    (6, 1, 3, 'S3.P4', 4, 'Peningkatan cakupan layanan jaminan dan perlindungan sosial pada keluarga dan masyarakat miskin serta rentan'),
    (7, 1, 3, 'S3.P5', 5, 'Pemberdayaan ekonomi keluarga'),
    (8, 1, 4, 'S4.P1', 1, 'Penataan lingkungan keluarga, peningkatan akses air minum, serta sanitasi dasar');

INSERT INTO inpres_activity (id, catalogue_id, programme_id, code, sort_order, name, indicator, responsible) VALUES
    (1, 1, 1, 'S1.P1.K1', 1, 'Rumah Data Kependudukan dan Informasi Keluarga (Rumah DataKu)',
     'Tersedianya Rumah DataKu',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (2, 1, 1, 'S1.P1.K2', 2, 'Pelayanan administrasi kependudukan',
     'Terpenuhinya layanan administrasi kependudukan bagi keluarga',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (3, 1, 2, 'S2.P1.K1', 1, 'Program Gerakan Masyarakat Hidup Sehat (GERMAS)',
     'Persentase keluarga yang melaksanakan Perilaku Hidup Bersih dan Sehat (PHBS).',
     'Kementerian Kesehatan'),
    (4, 1, 2, 'S2.P1.K2', 2, 'Program Indonesia Sehat dengan Pendekatan Keluarga (PISPK)',
     'Jumlah kabupaten/kota yang telah melaksanakan PIS-PK dengan 100% intervensi keluarga',
     'Kementerian Kesehatan'),
    (5, 1, 2, 'S2.P1.K3', 3, 'Bina Keluarga Balita (BKB)',
     'Persentase desa/kelurahan yang melaksanakan kelas Bina Keluarga Balita (BKB) tentang pengasuhan 1.000 Hari Pertama Kehidupan (HPK). Dan Persentase Keluarga Balita dan Anak yang Ikut BKB',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (6, 1, 2, 'S2.P1.K4', 4, 'Bina Keluarga Remaja (BKR)',
     'Persentase keluarga ikut pembinaan Bina Keluarga Remaja (BKR)',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (7, 1, 2, 'S2.P1.K5', 5, 'Bina Keluarga Lansia (BKL)',
     'Persentase keluarga yang melaksanakan pendampingan bagi lansia',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (8, 1, 2, 'S2.P1.K6', 6, 'PIK Remaja',
     'Persentase Pusat Informasi dan Konseling (PIK) Remaja dan Bina Keluarga Remaja (BKR) yang melaksanakan edukasi kesehatan reproduksi dan gizi bagi remaja.',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (9, 1, 2, 'S2.P1.K7', 7, 'Komunikasi, Informasi dan Edukasi (KIE) Kesehatan Reproduksi dan Keluarga Berencana bagi Keluarga',
     'Terselenggaranya KIE Kesehatan Reproduksi dan Keluarga Berencana bagi Keluarga',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (10, 1, 2, 'S2.P1.K8', 8, 'Bimbingan Calon Pengantin',
     'Terselenggaranya Bimbingan Calon Pengantin',
     'Kementerian Agama'),
    (11, 1, 2, 'S2.P1.K9', 9, 'Bimbingan, penyuluhan dan konsultasi keagamaan',
     'Persentase frekuensi penyuluhan agama kepada kelompok sasaran yang memenuhi standar minimal',
     'Kementerian Agama'),
    (12, 1, 2, 'S2.P1.K10', 10, 'KIE Pencegahan, Perlindungan Perempuan dan Anak dari kekerasan',
     'Terselenggaranya KIE Pencegahan, Perlindungan Perempuan dan Anak dari kekerasan',
     'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak'),
    (13, 1, 2, 'S2.P1.K11', 11, 'Advokasi dan KIE pemberian makan bayi dan anak ASI eksklusif',
     'Terselenggaranya Advokasi dan KIE pemberian makan bayi dan anak ASI eksklusif',
     'Kementerian Kesehatan'),
    (14, 1, 2, 'S2.P1.K12', 12, 'Kawasan Tanpa Rokok (KTR) dan implementasi Rumah Tanpa Asap Rokok',
     'Tersedianya Kawasan Tanpa Rokok (KTR) dan implementasi Rumah Tanpa Asap Rokok',
     'Kementerian Kesehatan'),
    (15, 1, 3, 'S3.P1.K1', 1, 'Penggerakan Pelayanan Keluarga Berencana dan Kesehatan Reproduksi',
     'Persentase Penyuluh KB yang berkinerja baik',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (16, 1, 3, 'S3.P1.K2', 2, 'Edukasi kesehatan ibu hamil, balita, remaja, dan lansia',
     'Terselenggaranya kelas ibu hamil, kelas ibu balita, posyandu remaja, dan posyandu lansia',
     'Kementerian Kesehatan'),
    (17, 1, 3, 'S3.P1.K3', 3, 'Melakukan pembinaan posyandu',
     'a. Terselenggaranya pembinaan posyandu. b. Terselenggaranya Posyandu Aktif',
     'Kementerian Dalam Negeri'),
    (18, 1, 3, 'S3.P1.K4', 4, 'Melaksanakan Posyandu Aktif',
     'Terselenggaranya Posyandu Aktif',
     'Kementerian Dalam Negeri'),
    (19, 1, 3, 'S3.P1.K5', 5, 'Pelayanan Keluarga Berencana (KB) dan Kespro',
     'Terselenggaranya pelayanan Keluarga Berencana (KB) dan Kespro',
     'Kementerian Kesehatan'),
    (20, 1, 3, 'S3.P1.K6', 6, 'Pertemuan Peningkatan Kemampuan Keluarga (P2K2) dengan modul kesehatan dan gizi bagi Keluarga Penerima Manfaat (KPM) Program Keluarga Harapan',
     'Terselenggaranya Pertemuan Peningkatan Kemampuan Keluarga (P2K2) dengan modul kesehatan dan gizi bagi Keluarga Penerima Manfaat (KPM) Program Keluarga Harapan',
     'Kementerian Sosial'),
    (21, 1, 4, 'S3.P2.K1', 1, 'Screening kesehatan bagi calon pengantin',
     'Terselenggaranya screening kesehatan bagi calon pengantin',
     'Kementerian Kesehatan'),
    (22, 1, 4, 'S3.P2.K2', 2, 'Pemberian pendampingan dan edukasi penatalaksanaan keluarga (relasi suami-istri, menyiapkan kehamilan, pengasuhan, pola konsumsi makanan sehat dan bergizi) bagi calon pasangan usia subur/ calon pengantian selama 3 bulan pra-nikah.',
     'Terselenggaranya pemberian pendampingan dan edukasi penatalaksanaan keluarga bagi calon pasangan usia subur/calon pengantian selama 3 bulan pra-nikah.',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (23, 1, 4, 'S3.P2.K3', 3, 'Pendampingan ibu hamil',
     'Terlaksananya pemantauan ibu hamil yang mendapatkan ANC sesuai standar, penggunaan buku KIA, konsumsi TTD, dan makanan tambahan ibu hamil KEK',
     'Kementerian Kesehatan'),
    (24, 1, 4, 'S3.P2.K4', 4, 'Pemeriksaaan Antenatal Care (ANC) bagi ibu hamil',
     'Terselenggaranya ANC bagi ibu hamil',
     'Kementerian Kesehatan'),
    (25, 1, 4, 'S3.P2.K5', 5, 'Pemberian tablet tambah darah bagi remaja putri dan ibu hamil',
     'Terselenggaranya pemberian tablet tambah darah bagi remaja putri dan ibu hamil',
     'Kementerian Kesehatan'),
    (26, 1, 4, 'S3.P2.K6', 6, 'Pemberian tambahan asupan gizi bagi ibu hamil kurang energi kronik (KEK)',
     'Terselenggaranya pemberian tambahan asupan gizi bagi ibu hamil KEK',
     'Kementerian Kesehatan'),
    (27, 1, 4, 'S3.P2.K7', 7, 'Pemantauan pertumbuhan dan perkembangan anak berusia di bawah lima tahun (balita).',
     'Terselenggaranya pemantauan pertumbuhan dan perkembangan anak balita.',
     'Kementerian Kesehatan'),
    (28, 1, 4, 'S3.P2.K8', 8, 'Pemberian makanan tambahan bagi anak usia 6 – 23 bulan',
     'Terselenggaranya pemberian makanan tambahan bagi anak usia 6 – 23 bulan',
     'Kementerian Kesehatan'),
    (29, 1, 4, 'S3.P2.K9', 9, 'Pendampingan Baduta 24-59bulan dengan gizi kurang',
     'Terselenggaranya Pendampingan Baduta 24-59bulan dengan gizi kurang',
     'Kementerian Kesehatan'),
    (30, 1, 4, 'S3.P2.K10', 10, 'Penanganan tata laksana gizi buruk pada balita',
     'Terlaksananya penanganan tata laksana gizi buruk pada balita',
     'Kementerian Kesehatan'),
    (31, 1, 4, 'S3.P2.K11', 11, 'Pemberian tambahan asupan gizi bagi balita dengan status gizi kurang',
     'Terselenggaranya pemberian tambahan asupan gizi bagi balita dengan status gizi kurang',
     'Kementerian Kesehatan'),
    (32, 1, 4, 'S3.P2.K12', 12, 'Pelayanan KB pasca persalinan',
     'Terselenggaranya pelayanan KB pasca persalinan',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (33, 1, 4, 'S3.P2.K13', 13, 'Pemberian bantuan pangan selain beras dan telur (variasi) (karbohidrat, protein hewani, protein nabati, vitamin dan mineral dan/atau Makanan Pendamping Air Susu Ibu, bagi ibu hamil, ibu menyusui dan baduta',
     'Terselenggaranya pemberian bantuan pangan selain beras dan telur bagi ibu hamil, ibu menyusui dan baduta',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (34, 1, 4, 'S3.P2.K14', 14, 'Pendampingan ibu/keluarga balita meliputi pemenuhan gizi, pengasuhan, dan pelayanan kesehatan',
     'Terlaksananya pemantauan ibu/keluarga balita meliputi pemenuhan gizi, pengasuhan, pelayanan kesehatan, dan buku KIA',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (35, 1, 4, 'S3.P2.K15', 15, 'Dapur Sehat Atasi Stunting (DASHAT)',
     'Dapur Sehat Atasi Stunting (DASHAT)',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (36, 1, 5, 'S3.P3.K1', 1, 'Pendidikan Anak Usia Dini (PAUD)',
     'Terselenggaranya Pendidikan Anak Usia Dini (PAUD)',
     'Kementerian Pendidikan dan Kebudayaan'),
    (37, 1, 5, 'S3.P3.K2', 2, 'Pemberian Pendidikan Dasar dan Menengah',
     'Tidak ada anak usia sekolah yang putus sekolah',
     'Kementerian Pendidikan dan Kebudayaan'),
    (38, 1, 5, 'S3.P3.K3', 3, 'Pendidikan dan layanan Agama bagi keluarga dan masyarakat',
     'Terselenggaranya Pendidikan Agama bagi masyarakat',
     'Kementerian Agama'),
    (39, 1, 5, 'S3.P3.K4', 4, 'Pemberian informasi dan fasilitasi akses pelayanan pendidikan',
     'Tersedianya informasi dan fasilitasi akses pelayanan pendidikan',
     'Kementerian Pendidikan dan Kebudayaan'),
    (40, 1, 5, 'S3.P3.K5', 5, 'Pemberian bantuan pendidikan bagi anak usia sekolah yang berasal dari keluarga dengan status miskin',
     'Tersedianya bantuan pendidikan bagi anak usia sekolah yang berasal dari keluarga dengan status miskin',
     'Kementerian Pendidikan dan Kebudayaan'),
    (41, 1, 5, 'S3.P3.K6', 6, 'Penyelenggaraan pendidikan literasi dalam pendidikan non formal',
     'Terselenggaranya pendidikan literasi dalam pendidikan non formal',
     'Kementerian Pendidikan dan Kebudayaan'),
    (42, 1, 5, 'S3.P3.K7', 7, 'Penyelenggaraan wahana kreatifitas dan olahraga',
     'Tersedianya wahana kretifitas dan olahraga',
     'Pemerintah Provinsi'),
    (43, 1, 6, 'S3.P4.K1', 1, 'Pemberian bantuan tunai bersyarat kepada Pasangan Usia Subur dengan status miskin dan penyandang masalah kesejahteraan sosial',
     'Tersedianya bantuan tunai bersyarat kepada Pasangan Usia Subur dengan status miskin dan penyandang masalah kesejahteraan sosial',
     'Kementerian Sosial'),
    (44, 1, 6, 'S3.P4.K2', 2, 'Pemberian bantuan pangan non-tunai kepada Pasangan Usia Subur dengan status miskin dan penyandang masalah kesejahteraan sosial',
     'Tersedianya bantuan pangan non-tunai kepada Pasangan Usia Subur dengan status miskin dan penyandang masalah kesejahteraan sosial',
     'Kementerian Sosial'),
    (45, 1, 6, 'S3.P4.K3', 3, 'Pemberian jaminan kesehatan kepada keluarga dengan status miskin dan penyandang masalah kesejahteraan sosial (Penerima Bantuan Iuran (PBI))',
     'Tersedianya jaminan kesehatan kepada keluarga dengan status miskin dan penyandang masalah kesejahteraan sosial (Penerima Bantuan Iuran (PBI))',
     'Kementerian Kesehatan'),
    (46, 1, 7, 'S3.P5.K1', 1, 'Pemberian Program Keluarga Harapan kepada PUS dengan status miskin dan penyandang masalah kesejahteraan sosial',
     'Terselenggaranya Program Keluarga Harapan kepada PUS dengan status miskin dan penyandang masalah kesejahteraan sosial',
     'Kementerian Sosial'),
    (47, 1, 7, 'S3.P5.K2', 2, 'Peningkatan kemampuan akses dan asset KPM Program Kewirausahaan Sosial',
     'Persentase KPM yang meningkat kepemilikan aset produktifnya',
     'Kementerian Sosial'),
    (48, 1, 7, 'S3.P5.K3', 3, 'Peningkatan pendapatan dan kesejahteraan KPM Program Kewirausahaan Sosial',
     'Persentase KPM yang meningkat kepemilikan aset produktifnya',
     'Kementerian Sosial'),
    (49, 1, 7, 'S3.P5.K4', 4, 'Penyelenggaraan bantuan permodalan',
     'Jumlah penyaluran dana bergulir untuk koperasi',
     'Kementerian Koperasi dan UKM'),
    (50, 1, 7, 'S3.P5.K5', 5, 'Promosi dan pemasaran koperasi dan umkm',
     'Jumlah KUKM Mitra yang terlayani',
     'Kementerian Koperasi dan UKM'),
    (51, 1, 7, 'S3.P5.K6', 6, 'Pelatihan produksi dan pemasaran bagi usaha rumah tangga',
     'Meningkatnya kualitas SDM koperasi dan UKM dalam mendukung usaha koperasi dan UKM yang berkelanjutan',
     'Kementerian Koperasi dan UKM'),
    (52, 1, 7, 'S3.P5.K7', 7, 'Pengembangan Kampung Keluarga Berkualitas',
     'Terbentuknya Kampung Keluarga Berkualitas',
     'Pemerintah Provinsi'),
    (53, 1, 7, 'S3.P5.K8', 8, 'Meningkatnya kemandirian ekonomi keluarga',
     'Persentase keluarga yang berwirausaha',
     'Badan Kependudukan dan Keluarga Berencana Nasional'),
    (54, 1, 7, 'S3.P5.K9', 9, 'Fasilitasi dan pembinaan pengembangan usaha nelayan',
     'Jumlah nelayan yang difasilitasi dan dibina pengembangan usahanya',
     'Kementerian Kelautan dan Perikanan'),
    (55, 1, 7, 'S3.P5.K10', 10, 'Terkelolanya sistem pembenihan ikan yang berkelanjutan',
     'Bantuan benih ikan air tawar, payau, dan air laut yang disalurkan ke masyarakat',
     'Kementerian Kelautan dan Perikanan'),
    (56, 1, 8, 'S4.P1.K1', 1, 'Pemicuan Sanitasi Total Berbasis Masyarakat (STBM)',
     'Terselenggaranya Sanitasi Total Berbasis Masyarakat (STBM)',
     'Kementerian Pekerjaan Umum dan Perumahan Rakyat'),
    (57, 1, 8, 'S4.P1.K2', 2, 'Penyediaan Akses Perumahan dan Infrastruktur Permukiman Yang Layak, Aman dan Terjangkau',
     'Persentase peningkatan pelayanan infrastruktur permukiman yang layak dan aman melalui pendekatan smart living',
     'Kementerian Pekerjaan Umum dan Perumahan Rakyat'),
    (58, 1, 8, 'S4.P1.K3', 3, 'Pengendalian vektor dan binatang pembawa penyakit',
     'Tersedianya juru pemantau jentik (jumantik) di keluarga',
     'Kementerian Kesehatan');

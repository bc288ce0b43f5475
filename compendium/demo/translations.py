"""Translations of the demo content of the SPF South-South Exchange (see ``data.py``).

Each constant maps an item key to ``{language: {field: value}}`` and is read by ``loader.py``
(``translated(kind, slug)``), which writes the values into the modeltranslation fields of the
corresponding pages. Languages: "fr", "es", "pt", "zh-hans", "km", "lo", "th", "vi", "id".

* STRUCTURE - titles of the home page, the Guide, the section pages and the six chapters;
* HOME, GUIDE, CHAPTER - tagline / title and introduction of those pages;
* CASE_STUDY - title and summary of every case study, in Khmer and Lao, plus the language of
  the lead country where the site offers it;
* COUNTRY - introduction of a country profile in that country's language;
* NEED - title and text of a country's declared needs, keyed "<ISO>:<index in needs>";
* EVENT - title and summary of every event, in Khmer and Lao.

The translations follow the meaning of the English texts of ``data.py`` (themselves written from
ILO documents) in a public-policy register, with the ILO's terminology for "Social Protection
Floor" in each language. Programme names, acronyms and figures are kept as in the English text.
"""

STRUCTURE = {}

HOME = {}

GUIDE = {}

CHAPTER = {}

CASE_STUDY = {}

COUNTRY = {}

NEED = {}

EVENT = {}

# ---------------------------------------------------------------------------------------------
# Site structure: page titles
# ---------------------------------------------------------------------------------------------

STRUCTURE.update({
    "home": {
        "fr": "SPF – Échange Sud-Sud",
        "es": "SPF – Intercambio Sur-Sur",
        "pt": "SPF – Intercâmbio Sul-Sul",
        "zh-hans": "SPF 南南交流平台",
        "km": "SPF – ការផ្លាស់ប្តូរបទពិសោធន៍ត្បូង-ត្បូង",
        "lo": "SPF – ການແລກປ່ຽນໃຕ້-ໃຕ້",
        "th": "SPF – การแลกเปลี่ยนใต้-ใต้",
        "vi": "SPF – Trao đổi Nam-Nam",
        "id": "SPF – Pertukaran Selatan-Selatan",
    },
    "guide": {
        "fr": "Guide des bonnes pratiques",
        "es": "Guía de buenas prácticas",
        "pt": "Guia de boas práticas",
        "zh-hans": "良好做法指南",
        "km": "មគ្គុទ្ទេសក៍ការអនុវត្តល្អ",
        "lo": "ຄູ່ມືການປະຕິບັດທີ່ດີ",
        "th": "คู่มือแนวปฏิบัติที่ดี",
        "vi": "Cẩm nang thực hành tốt",
        "id": "Panduan Praktik Baik",
    },
    "countries": {
        "fr": "Pays",
        "es": "Países",
        "pt": "Países",
        "zh-hans": "国家",
        "km": "ប្រទេស",
        "lo": "ປະເທດ",
        "th": "ประเทศ",
        "vi": "Quốc gia",
        "id": "Negara",
    },
    "experts": {
        "fr": "Experts",
        "es": "Expertos",
        "pt": "Especialistas",
        "zh-hans": "专家",
        "km": "អ្នកជំនាញ",
        "lo": "ຜູ້ຊ່ຽວຊານ",
        "th": "ผู้เชี่ยวชาญ",
        "vi": "Chuyên gia",
        "id": "Pakar",
    },
    "events": {
        "fr": "Événements",
        "es": "Eventos",
        "pt": "Eventos",
        "zh-hans": "活动",
        "km": "ព្រឹត្តិការណ៍",
        "lo": "ກິດຈະກຳ",
        "th": "กิจกรรม",
        "vi": "Sự kiện",
        "id": "Acara",
    },
})

STRUCTURE.update({
    "chapter:coordination": {
        "fr": "Le socle de protection sociale et la nécessité de stratégies de protection sociale cohérentes et de mécanismes de coordination",
        "es": "El piso de protección social y la necesidad de estrategias de protección social coherentes y de mecanismos de coordinación",
        "pt": "O piso de proteção social e a necessidade de estratégias de proteção social coerentes e de mecanismos de coordenação",
        "zh-hans": "社会保护底线与制定协调一致的社会保护战略和协调机制的必要性",
        "km": "មូលដ្ឋានគាំពារសង្គម និងតម្រូវការនូវយុទ្ធសាស្ត្រគាំពារសង្គមដែលស៊ីសង្វាក់គ្នា និងយន្តការសម្របសម្រួល",
        "lo": "ພື້ນຖານການປົກປ້ອງສັງຄົມ ແລະ ຄວາມຈຳເປັນຂອງຍຸດທະສາດການປົກປ້ອງສັງຄົມທີ່ສອດຄ່ອງກັນ ແລະ ກົນໄກການປະສານງານ",
        "th": "ฐานการคุ้มครองทางสังคมกับความจำเป็นของยุทธศาสตร์การคุ้มครองทางสังคมที่สอดคล้องกันและกลไกการประสานงาน",
        "vi": "Sàn an sinh xã hội và sự cần thiết của các chiến lược an sinh xã hội nhất quán và cơ chế điều phối",
        "id": "Perlindungan sosial dasar dan perlunya strategi perlindungan sosial yang koheren serta mekanisme koordinasi",
    },
    "chapter:outreach": {
        "fr": "Étendre la portée de la protection sociale grâce à des services de protection sociale meilleurs et décentralisés",
        "es": "Ampliar el alcance de la protección social mediante servicios de protección social mejores y descentralizados",
        "pt": "Ampliar o alcance da proteção social por meio de serviços de proteção social melhores e descentralizados",
        "zh-hans": "通过更完善、更贴近基层的分权化社会保护服务扩大社会保护覆盖面",
        "km": "ការពង្រីកវិសាលភាពនៃកិច្ចគាំពារសង្គម តាមរយៈសេវាគាំពារសង្គមដែលប្រសើរជាងមុន និងធ្វើវិមជ្ឈការ",
        "lo": "ການຂະຫຍາຍການເຂົ້າເຖິງການປົກປ້ອງສັງຄົມ ຜ່ານການບໍລິການປົກປ້ອງສັງຄົມທີ່ດີຂຶ້ນ ແລະ ກະຈາຍສູ່ທ້ອງຖິ່ນ",
        "th": "การขยายการเข้าถึงการคุ้มครองทางสังคมด้วยบริการคุ้มครองทางสังคมที่ดีขึ้นและกระจายสู่ท้องถิ่น",
        "vi": "Mở rộng phạm vi tiếp cận an sinh xã hội thông qua các dịch vụ an sinh xã hội tốt hơn và được phân cấp",
        "id": "Memperluas jangkauan perlindungan sosial melalui layanan perlindungan sosial yang lebih baik dan terdesentralisasi",
    },
    "chapter:integrated-packages": {
        "fr": "Aider les familles à sortir de la pauvreté grâce à des ensembles intégrés de services et de transferts",
        "es": "Apoyar a las familias para que salgan de la pobreza mediante paquetes integrados de servicios y transferencias",
        "pt": "Apoiar as famílias para que saiam da pobreza por meio de pacotes integrados de serviços e transferências",
        "zh-hans": "通过服务与转移支付相结合的综合方案帮助家庭摆脱贫困",
        "km": "ការគាំទ្រគ្រួសារឱ្យចាកផុតពីភាពក្រីក្រ តាមរយៈកញ្ចប់សេវា និងការផ្ទេរសាច់ប្រាក់ដែលរួមបញ្ចូលគ្នា",
        "lo": "ການຊ່ວຍເຫຼືອຄອບຄົວໃຫ້ຫຼຸດພົ້ນອອກຈາກຄວາມທຸກຍາກ ຜ່ານຊຸດການບໍລິການ ແລະ ເງິນອຸດໜູນແບບປະສົມປະສານ",
        "th": "การสนับสนุนครอบครัวให้หลุดพ้นจากความยากจนด้วยชุดบริการและเงินโอนแบบบูรณาการ",
        "vi": "Hỗ trợ các gia đình thoát nghèo thông qua các gói tích hợp dịch vụ và trợ cấp",
        "id": "Mendukung keluarga keluar dari kemiskinan melalui paket layanan dan bantuan tunai yang terpadu",
    },
    "chapter:employment": {
        "fr": "Gros plan sur la population d'âge actif : lier l'emploi et la protection sociale",
        "es": "Atención especial a la población en edad de trabajar: vincular el empleo y la protección social",
        "pt": "Foco especial na população em idade ativa: articular emprego e proteção social",
        "zh-hans": "特别关注劳动年龄人口：将就业与社会保护相衔接",
        "km": "ការផ្តោតជាពិសេសលើប្រជាជនក្នុងវ័យធ្វើការ៖ ការផ្សារភ្ជាប់ការងារ និងកិច្ចគាំពារសង្គម",
        "lo": "ເນັ້ນໃສ່ປະຊາກອນໃນໄວເຮັດວຽກ: ການເຊື່ອມໂຍງການຈ້າງງານ ແລະ ການປົກປ້ອງສັງຄົມ",
        "th": "มุ่งเน้นประชากรวัยทำงาน: การเชื่อมโยงการจ้างงานกับการคุ้มครองทางสังคม",
        "vi": "Trọng tâm đặc biệt vào dân số trong độ tuổi lao động: gắn kết việc làm với an sinh xã hội",
        "id": "Fokus khusus pada penduduk usia kerja: mengaitkan ketenagakerjaan dengan perlindungan sosial",
    },
    "chapter:economic-sectors": {
        "fr": "Développer des secteurs de l'économie grâce à un ensemble combiné de mesures de protection sociale et d'emploi",
        "es": "Desarrollar sectores de la economía mediante un conjunto combinado de medidas de protección social y de empleo",
        "pt": "Desenvolver setores da economia por meio de um conjunto combinado de medidas de proteção social e de emprego",
        "zh-hans": "通过社会保护与就业相结合的一揽子措施发展经济部门",
        "km": "ការអភិវឌ្ឍវិស័យសេដ្ឋកិច្ច តាមរយៈវិធានការគាំពារសង្គម និងការងារដែលរួមបញ្ចូលគ្នា",
        "lo": "ການພັດທະນາຂະແໜງເສດຖະກິດ ຜ່ານມາດຕະການດ້ານການປົກປ້ອງສັງຄົມ ແລະ ການຈ້າງງານທີ່ປະສົມປະສານກັນ",
        "th": "การพัฒนาภาคเศรษฐกิจด้วยชุดมาตรการด้านการคุ้มครองทางสังคมและการจ้างงานที่ผสมผสานกัน",
        "vi": "Phát triển các ngành kinh tế thông qua tổ hợp các biện pháp an sinh xã hội và việc làm",
        "id": "Mengembangkan sektor-sektor ekonomi melalui perpaduan langkah perlindungan sosial dan ketenagakerjaan",
    },
    "chapter:mis": {
        "fr": "Améliorer la transparence et la traçabilité grâce aux systèmes d'information de gestion",
        "es": "Mejorar la transparencia y la trazabilidad mediante sistemas de información de gestión",
        "pt": "Melhorar a transparência e a rastreabilidade por meio de sistemas de informação de gestão",
        "zh-hans": "通过管理信息系统提高透明度和可追溯性",
        "km": "ការបង្កើនតម្លាភាព និងលទ្ធភាពតាមដាន តាមរយៈប្រព័ន្ធព័ត៌មានគ្រប់គ្រង",
        "lo": "ການປັບປຸງຄວາມໂປ່ງໃສ ແລະ ຄວາມສາມາດໃນການຕິດຕາມກວດສອບ ຜ່ານລະບົບຂໍ້ມູນຂ່າວສານເພື່ອການຄຸ້ມຄອງ",
        "th": "การเพิ่มความโปร่งใสและการตรวจสอบย้อนกลับได้ด้วยระบบสารสนเทศเพื่อการบริหารจัดการ",
        "vi": "Nâng cao tính minh bạch và khả năng truy xuất thông qua hệ thống thông tin quản lý",
        "id": "Meningkatkan transparansi dan ketertelusuran melalui sistem informasi manajemen",
    },
})

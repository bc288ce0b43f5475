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

STRUCTURE.update(
    {
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
    }
)

STRUCTURE.update(
    {
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
            "zh-hans": "通过更完善的分权化社会保护服务扩大社会保护覆盖面",
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
    }
)

# ---------------------------------------------------------------------------------------------
# Home page
# ---------------------------------------------------------------------------------------------

HOME.update(
    {
        "home": {
            "fr": {
                "tagline": "Des pays du Sud partagent la manière dont ils construisent leurs socles de protection sociale au titre de la recommandation n° 202 de l'OIT.",
                "intro": "<p>La plateforme SPF – Échange Sud-Sud rassemble des bonnes pratiques en matière de coordination des politiques sociales et de mise en œuvre des socles de protection sociale, des guichets uniques aux systèmes d'information de gestion, classées selon les six chapitres du Guide des bonnes pratiques SPF. Elle met en relation les pays qui construisent leur socle, comme le Cambodge et la République démocratique populaire lao, avec les pays, les institutions et les experts qui l'ont déjà fait, grâce à l'appui entre pairs, aux voyages d'étude et aux ateliers.</p>",
            },
            "es": {
                "tagline": "Países del Sur comparten cómo construyen sus pisos de protección social en el marco de la Recomendación núm. 202 de la OIT.",
                "intro": "<p>El Intercambio Sur-Sur SPF reúne buenas prácticas de coordinación de las políticas sociales y de aplicación de los pisos de protección social, desde los servicios de ventanilla única hasta los sistemas de información de gestión, organizadas según los seis capítulos de la Guía de buenas prácticas SPF. Pone en contacto a los países que están construyendo sus pisos, como Camboya y la República Democrática Popular Lao, con los países, instituciones y expertos que ya lo han hecho, mediante el apoyo entre pares, los viajes de estudio y los talleres.</p>",
            },
            "pt": {
                "tagline": "Países do Sul compartilham como constroem seus pisos de proteção social com base na Recomendação nº 202 da OIT.",
                "intro": "<p>O Intercâmbio Sul-Sul SPF reúne boas práticas de coordenação das políticas sociais e de implementação dos pisos de proteção social, dos serviços de guichê único aos sistemas de informação de gestão, organizadas segundo os seis capítulos do Guia de boas práticas SPF. Ele conecta os países que estão construindo seus pisos, como o Camboja e a República Democrática Popular do Laos, aos países, instituições e especialistas que já o fizeram, por meio do apoio entre pares, de visitas de estudo e de oficinas.</p>",
            },
            "zh-hans": {
                "tagline": "南方国家分享依据国际劳工组织第202号建议书建立社会保护底线的经验。",
                "intro": "<p>SPF 南南交流平台汇集了协调社会政策、落实社会保护底线的良好做法，从“一站式”窗口服务到管理信息系统，并按照《SPF 良好做法指南》的六个章节加以编排。平台通过同行支持、考察访问和研讨会，将柬埔寨、老挝等正在建立社会保护底线的国家，与已经积累相关经验的国家、机构和专家联系起来。</p>",
            },
            "km": {
                "tagline": "ប្រទេសនានានៃពិភពលោកភាគខាងត្បូងចែករំលែកបទពិសោធន៍អំពីរបៀបកសាងមូលដ្ឋានគាំពារសង្គមរបស់ខ្លួន ស្របតាមអនុសាសន៍លេខ 202 របស់ ILO។",
                "intro": "<p>ការផ្លាស់ប្តូរបទពិសោធន៍ត្បូង-ត្បូង SPF ប្រមូលផ្តុំការអនុវត្តល្អៗស្តីពីការសម្របសម្រួលគោលនយោបាយសង្គម និងការផ្តល់មូលដ្ឋានគាំពារសង្គម ចាប់ពីសេវាច្រកចេញចូលតែមួយ រហូតដល់ប្រព័ន្ធព័ត៌មានគ្រប់គ្រង ដោយរៀបចំតាមជំពូកទាំងប្រាំមួយនៃមគ្គុទ្ទេសក៍ការអនុវត្តល្អ SPF។ វេទិកានេះភ្ជាប់ប្រទេសដែលកំពុងកសាងមូលដ្ឋានគាំពារសង្គមរបស់ខ្លួន ដូចជាកម្ពុជា និងសាធារណរដ្ឋប្រជាធិបតេយ្យប្រជាមានិតឡាវ ជាមួយប្រទេស ស្ថាប័ន និងអ្នកជំនាញដែលបានឆ្លងកាត់បទពិសោធន៍នេះរួចហើយ តាមរយៈការគាំទ្ររវាងដៃគូ ដំណើរទស្សនកិច្ចសិក្សា និងសិក្ខាសាលា។</p>",
            },
            "lo": {
                "tagline": "ບັນດາປະເທດໃນຊີກໂລກໃຕ້ແບ່ງປັນປະສົບການກ່ຽວກັບວິທີສ້າງພື້ນຖານການປົກປ້ອງສັງຄົມຂອງຕົນ ຕາມຂໍ້ແນະນຳສະບັບເລກທີ 202 ຂອງ ILO.",
                "intro": "<p>ການແລກປ່ຽນໃຕ້-ໃຕ້ SPF ລວບລວມການປະຕິບັດທີ່ດີກ່ຽວກັບການປະສານງານນະໂຍບາຍສັງຄົມ ແລະ ການຈັດຕັ້ງປະຕິບັດພື້ນຖານການປົກປ້ອງສັງຄົມ ນັບແຕ່ການບໍລິການແບບປ່ອງຢ້ຽມດຽວ ຈົນເຖິງລະບົບຂໍ້ມູນຂ່າວສານເພື່ອການຄຸ້ມຄອງ ໂດຍຈັດລຽງຕາມຫົກພາກຂອງຄູ່ມືການປະຕິບັດທີ່ດີ SPF. ເວທີນີ້ເຊື່ອມຕໍ່ບັນດາປະເທດທີ່ກຳລັງສ້າງພື້ນຖານການປົກປ້ອງສັງຄົມຂອງຕົນ ເຊັ່ນ ກຳປູເຈຍ ແລະ ສປປ ລາວ ກັບບັນດາປະເທດ, ສະຖາບັນ ແລະ ຜູ້ຊ່ຽວຊານທີ່ໄດ້ຜ່ານປະສົບການນີ້ມາແລ້ວ ໂດຍຜ່ານການສະໜັບສະໜູນລະຫວ່າງເພື່ອນຮ່ວມວິຊາຊີບ, ການທັດສະນະສຶກສາ ແລະ ກອງປະຊຸມສຳມະນາ.</p>",
            },
            "th": {
                "tagline": "ประเทศในซีกโลกใต้แบ่งปันประสบการณ์การสร้างฐานการคุ้มครองทางสังคมตามข้อแนะฉบับที่ 202 ของ ILO",
                "intro": "<p>การแลกเปลี่ยนใต้-ใต้ SPF รวบรวมแนวปฏิบัติที่ดีด้านการประสานนโยบายสังคมและการดำเนินการฐานการคุ้มครองทางสังคม ตั้งแต่บริการแบบจุดเดียวเบ็ดเสร็จไปจนถึงระบบสารสนเทศเพื่อการบริหารจัดการ โดยจัดเรียงตามหกบทของคู่มือแนวปฏิบัติที่ดี SPF และเชื่อมโยงประเทศที่กำลังสร้างฐานการคุ้มครองทางสังคมของตน เช่น กัมพูชาและ สปป. ลาว เข้ากับประเทศ สถาบัน และผู้เชี่ยวชาญที่มีประสบการณ์มาแล้ว ผ่านการสนับสนุนระหว่างเพื่อนร่วมวิชาชีพ การศึกษาดูงาน และการประชุมเชิงปฏิบัติการ</p>",
            },
            "vi": {
                "tagline": "Các quốc gia phương Nam chia sẻ cách xây dựng sàn an sinh xã hội theo Khuyến nghị số 202 của ILO.",
                "intro": "<p>Trao đổi Nam-Nam SPF tập hợp các thực hành tốt về điều phối chính sách xã hội và triển khai sàn an sinh xã hội, từ dịch vụ một cửa đến hệ thống thông tin quản lý, được sắp xếp theo sáu chương của Cẩm nang thực hành tốt SPF. Nền tảng kết nối các quốc gia đang xây dựng sàn an sinh xã hội của mình, như Campuchia và CHDCND Lào, với các quốc gia, tổ chức và chuyên gia đã có kinh nghiệm, thông qua hỗ trợ đồng đẳng, các chuyến tham quan học tập và hội thảo.</p>",
            },
            "id": {
                "tagline": "Negara-negara Selatan berbagi cara membangun perlindungan sosial dasar berdasarkan Rekomendasi ILO No. 202.",
                "intro": "<p>Pertukaran Selatan-Selatan SPF menghimpun praktik baik dalam koordinasi kebijakan sosial dan penyelenggaraan perlindungan sosial dasar, mulai dari layanan satu pintu hingga sistem informasi manajemen, yang disusun mengikuti enam bab Panduan Praktik Baik SPF. Platform ini menghubungkan negara-negara yang sedang membangun perlindungan sosial dasarnya, seperti Kamboja dan RDR Laos, dengan negara, lembaga, dan pakar yang telah berpengalaman, melalui dukungan antarsejawat, kunjungan studi, dan lokakarya.</p>",
            },
        },
    }
)

# ---------------------------------------------------------------------------------------------
# Good Practices Guide
# ---------------------------------------------------------------------------------------------

GUIDE.update(
    {
        "guide": {
            "fr": {
                "title": "Guide des bonnes pratiques SPF : intégrer les politiques sociales et la mise en œuvre des socles de protection sociale",
                "intro": "Le Guide partage des expériences concrètes d'élaboration de stratégies nationales de protection sociale ainsi que de programmes, de politiques et de services de protection sociale. Issu de l'atelier technique de Siem Reap de mai 2013, il en suit les six sessions : chaque chapitre associe une note de contexte et des études de cas par pays.",
            },
            "es": {
                "title": "Guía de buenas prácticas SPF: integrar las políticas sociales y la aplicación de los pisos de protección social",
                "intro": "La Guía comparte experiencias concretas en la elaboración de estrategias nacionales de protección social y de programas, políticas y servicios de protección social. Surgió del taller técnico de Siem Reap de mayo de 2013 y sigue sus seis sesiones: cada capítulo combina una nota de antecedentes y estudios de caso de países.",
            },
            "pt": {
                "title": "Guia de boas práticas SPF: integrar as políticas sociais e a implementação dos pisos de proteção social",
                "intro": "O Guia compartilha experiências concretas na elaboração de estratégias nacionais de proteção social e de programas, políticas e serviços de proteção social. Nasceu da oficina técnica de Siem Reap de maio de 2013 e segue suas seis sessões: cada capítulo reúne uma nota de contexto e estudos de caso de países.",
            },
            "zh-hans": {
                "title": "SPF 良好做法指南：整合社会政策与落实社会保护底线",
                "intro": "本指南分享各国制定国家社会保护战略以及社会保护计划、政策和服务的具体经验。指南源于2013年5月在暹粒举行的技术研讨会，沿用其六场专题会议的结构，每一章均包括一份背景说明和若干国家案例研究。",
            },
            "km": {
                "title": "មគ្គុទ្ទេសក៍ការអនុវត្តល្អ SPF៖ ការធ្វើសមាហរណកម្មគោលនយោបាយសង្គម និងការផ្តល់មូលដ្ឋានគាំពារសង្គម",
                "intro": "មគ្គុទ្ទេសក៍នេះចែករំលែកបទពិសោធន៍ជាក់ស្តែងក្នុងការរៀបចំយុទ្ធសាស្ត្រជាតិគាំពារសង្គម ព្រមទាំងកម្មវិធី គោលនយោបាយ និងសេវាគាំពារសង្គម។ មគ្គុទ្ទេសក៍នេះកើតចេញពីសិក្ខាសាលាបច្ចេកទេសនៅខេត្តសៀមរាប នាខែឧសភា ឆ្នាំ 2013 ហើយរៀបចំតាមវគ្គទាំងប្រាំមួយនៃសិក្ខាសាលានោះ ដោយជំពូកនីមួយៗរួមមានកំណត់សម្គាល់អំពីសាវតា និងករណីសិក្សារបស់ប្រទេសនានា។",
            },
            "lo": {
                "title": "ຄູ່ມືການປະຕິບັດທີ່ດີ SPF: ການເຊື່ອມສານນະໂຍບາຍສັງຄົມ ແລະ ການຈັດຕັ້ງປະຕິບັດພື້ນຖານການປົກປ້ອງສັງຄົມ",
                "intro": "ຄູ່ມືນີ້ແບ່ງປັນປະສົບການຕົວຈິງໃນການສ້າງຍຸດທະສາດການປົກປ້ອງສັງຄົມແຫ່ງຊາດ ພ້ອມທັງແຜນງານ, ນະໂຍບາຍ ແລະ ການບໍລິການດ້ານການປົກປ້ອງສັງຄົມ. ຄູ່ມືດັ່ງກ່າວເກີດຂຶ້ນຈາກກອງປະຊຸມສຳມະນາທາງວິຊາການທີ່ເສຍມຣາບ ໃນເດືອນພຶດສະພາ 2013 ແລະ ຈັດລຽງຕາມຫົກກອງປະຊຸມຍ່ອຍຂອງກອງປະຊຸມດັ່ງກ່າວ ໂດຍແຕ່ລະພາກປະກອບດ້ວຍບົດສະຫຼຸບຄວາມເປັນມາ ແລະ ກໍລະນີສຶກສາຂອງບັນດາປະເທດ.",
            },
            "th": {
                "title": "คู่มือแนวปฏิบัติที่ดี SPF: การบูรณาการนโยบายสังคมและการดำเนินการฐานการคุ้มครองทางสังคม",
                "intro": "คู่มือนี้แบ่งปันประสบการณ์ที่เป็นรูปธรรมในการจัดทำยุทธศาสตร์การคุ้มครองทางสังคมระดับชาติ ตลอดจนแผนงาน นโยบาย และบริการด้านการคุ้มครองทางสังคม โดยพัฒนาขึ้นจากการประชุมเชิงปฏิบัติการทางวิชาการที่เสียมราฐเมื่อเดือนพฤษภาคม 2013 และจัดเรียงตามหกช่วงการประชุมของงานดังกล่าว แต่ละบทประกอบด้วยเอกสารความเป็นมาและกรณีศึกษาของประเทศต่าง ๆ",
            },
            "vi": {
                "title": "Cẩm nang thực hành tốt SPF: Lồng ghép các chính sách xã hội và triển khai sàn an sinh xã hội",
                "intro": "Cẩm nang chia sẻ những kinh nghiệm cụ thể trong việc xây dựng chiến lược quốc gia về an sinh xã hội cũng như các chương trình, chính sách và dịch vụ an sinh xã hội. Cẩm nang được hình thành từ hội thảo kỹ thuật tại Siem Reap vào tháng 5 năm 2013 và đi theo sáu phiên của hội thảo; mỗi chương gồm một ghi chú bối cảnh và các nghiên cứu điển hình quốc gia.",
            },
            "id": {
                "title": "Panduan Praktik Baik SPF: Mengintegrasikan Kebijakan Sosial dan Penyelenggaraan Perlindungan Sosial Dasar",
                "intro": "Panduan ini berbagi pengalaman nyata dalam menyusun strategi perlindungan sosial nasional serta program, kebijakan, dan layanan perlindungan sosial. Panduan ini lahir dari lokakarya teknis di Siem Reap pada Mei 2013 dan mengikuti enam sesinya; setiap bab memadukan catatan latar belakang dan studi kasus negara.",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Chapters of the Guide (1/3)
# ---------------------------------------------------------------------------------------------

CHAPTER.update(
    {
        "coordination": {
            "fr": {
                "title": "Le socle de protection sociale et la nécessité de stratégies de protection sociale cohérentes et de mécanismes de coordination",
                "intro": "Un socle national de protection sociale n'est pas l'affaire d'un seul ministère. Ce chapitre examine comment les pays coordonnent les ministères techniques, les institutions de sécurité sociale, les administrations infranationales et les partenaires de développement autour d'une stratégie nationale cohérente.",
            },
            "es": {
                "title": "El piso de protección social y la necesidad de estrategias de protección social coherentes y de mecanismos de coordinación",
                "intro": "Un piso nacional de protección social no es asunto de un solo ministerio. Este capítulo examina cómo los países coordinan a los ministerios sectoriales, las instituciones de seguridad social, las administraciones subnacionales y los asociados para el desarrollo en torno a una estrategia nacional coherente.",
            },
            "pt": {
                "title": "O piso de proteção social e a necessidade de estratégias de proteção social coerentes e de mecanismos de coordenação",
                "intro": "Um piso nacional de proteção social não é assunto de um único ministério. Este capítulo analisa como os países coordenam os ministérios setoriais, as instituições de seguridade social, as administrações subnacionais e os parceiros de desenvolvimento em torno de uma estratégia nacional coerente.",
            },
            "zh-hans": {
                "title": "社会保护底线与制定协调一致的社会保护战略和协调机制的必要性",
                "intro": "国家社会保护底线并非某一个部委的职责。本章探讨各国如何围绕一项协调一致的国家战略，协调各职能部委、社会保障机构、地方各级行政部门和发展伙伴。",
            },
            "km": {
                "title": "មូលដ្ឋានគាំពារសង្គម និងតម្រូវការនូវយុទ្ធសាស្ត្រគាំពារសង្គមដែលស៊ីសង្វាក់គ្នា និងយន្តការសម្របសម្រួល",
                "intro": "មូលដ្ឋានគាំពារសង្គមថ្នាក់ជាតិ មិនមែនជាការងាររបស់ក្រសួងតែមួយនោះទេ។ ជំពូកនេះពិនិត្យមើលពីរបៀបដែលប្រទេសនានាសម្របសម្រួលក្រសួងពាក់ព័ន្ធ ស្ថាប័នសន្តិសុខសង្គម រដ្ឋបាលថ្នាក់ក្រោមជាតិ និងដៃគូអភិវឌ្ឍន៍ ជុំវិញយុទ្ធសាស្ត្រជាតិមួយដែលស៊ីសង្វាក់គ្នា។",
            },
            "lo": {
                "title": "ພື້ນຖານການປົກປ້ອງສັງຄົມ ແລະ ຄວາມຈຳເປັນຂອງຍຸດທະສາດການປົກປ້ອງສັງຄົມທີ່ສອດຄ່ອງກັນ ແລະ ກົນໄກການປະສານງານ",
                "intro": "ພື້ນຖານການປົກປ້ອງສັງຄົມແຫ່ງຊາດ ບໍ່ແມ່ນໜ້າທີ່ຂອງກະຊວງໃດກະຊວງໜຶ່ງ. ພາກນີ້ພິຈາລະນາວ່າ ບັນດາປະເທດປະສານງານກະຊວງທີ່ກ່ຽວຂ້ອງ, ສະຖາບັນປະກັນສັງຄົມ, ອົງການປົກຄອງທ້ອງຖິ່ນ ແລະ ຄູ່ຮ່ວມພັດທະນາ ອ້ອມຮອບຍຸດທະສາດແຫ່ງຊາດທີ່ສອດຄ່ອງກັນໄດ້ແນວໃດ.",
            },
            "th": {
                "title": "ฐานการคุ้มครองทางสังคมกับความจำเป็นของยุทธศาสตร์การคุ้มครองทางสังคมที่สอดคล้องกันและกลไกการประสานงาน",
                "intro": "ฐานการคุ้มครองทางสังคมระดับชาติไม่ใช่ภารกิจของกระทรวงใดกระทรวงหนึ่ง บทนี้พิจารณาว่าประเทศต่าง ๆ ประสานงานกระทรวงที่เกี่ยวข้อง สถาบันประกันสังคม หน่วยงานบริหารระดับท้องถิ่น และหุ้นส่วนการพัฒนา ภายใต้ยุทธศาสตร์ระดับชาติที่สอดคล้องกันได้อย่างไร",
            },
            "vi": {
                "title": "Sàn an sinh xã hội và sự cần thiết của các chiến lược an sinh xã hội nhất quán và cơ chế điều phối",
                "intro": "Sàn an sinh xã hội quốc gia không phải là việc riêng của một bộ. Chương này xem xét cách các quốc gia điều phối các bộ ngành, các cơ quan bảo hiểm xã hội, chính quyền địa phương và các đối tác phát triển xoay quanh một chiến lược quốc gia nhất quán.",
            },
            "id": {
                "title": "Perlindungan sosial dasar dan perlunya strategi perlindungan sosial yang koheren serta mekanisme koordinasi",
                "intro": "Perlindungan sosial dasar nasional bukan urusan satu kementerian saja. Bab ini menelaah bagaimana negara-negara mengoordinasikan kementerian teknis, lembaga jaminan sosial, pemerintah daerah, dan mitra pembangunan dalam satu strategi nasional yang koheren.",
            },
        },
        "outreach": {
            "fr": {
                "title": "Étendre la portée de la protection sociale grâce à des services de protection sociale meilleurs et décentralisés",
                "intro": "Le socle doit atteindre chacun, y compris les personnes qui vivent loin des bureaux et des banques et ne connaissent pas leurs droits. Ce chapitre présente des mécanismes de prestation décentralisés qui rapprochent les services de la population et donnent aux communautés locales les moyens d'agir.",
            },
            "es": {
                "title": "Ampliar el alcance de la protección social mediante servicios de protección social mejores y descentralizados",
                "intro": "El piso debe llegar a todas las personas, incluidas las que viven lejos de las oficinas y de los bancos y no conocen sus derechos. Este capítulo presenta mecanismos de prestación descentralizados que acercan los servicios a la población y empoderan a las comunidades locales.",
            },
            "pt": {
                "title": "Ampliar o alcance da proteção social por meio de serviços de proteção social melhores e descentralizados",
                "intro": "O piso deve alcançar todas as pessoas, inclusive as que vivem longe dos escritórios e dos bancos e não conhecem seus direitos. Este capítulo apresenta mecanismos descentralizados de prestação que aproximam os serviços da população e fortalecem as comunidades locais.",
            },
            "zh-hans": {
                "title": "通过更完善的分权化社会保护服务扩大社会保护覆盖面",
                "intro": "社会保护底线必须惠及每一个人，包括居住地远离办事机构和银行、不了解自身权益的人。本章介绍分权化的服务提供机制，这些机制将服务送到民众身边，并增强地方社区的能力。",
            },
            "km": {
                "title": "ការពង្រីកវិសាលភាពនៃកិច្ចគាំពារសង្គម តាមរយៈសេវាគាំពារសង្គមដែលប្រសើរជាងមុន និងធ្វើវិមជ្ឈការ",
                "intro": "មូលដ្ឋានគាំពារសង្គមត្រូវតែទៅដល់មនុស្សគ្រប់រូប រួមទាំងអ្នកដែលរស់នៅឆ្ងាយពីការិយាល័យ និងធនាគារ ហើយមិនដឹងពីសិទ្ធិរបស់ខ្លួន។ ជំពូកនេះបង្ហាញពីយន្តការផ្តល់សេវាតាមបែបវិមជ្ឈការ ដែលនាំសេវាឱ្យកាន់តែជិតប្រជាជន និងពង្រឹងសមត្ថភាពសហគមន៍មូលដ្ឋាន។",
            },
            "lo": {
                "title": "ການຂະຫຍາຍການເຂົ້າເຖິງການປົກປ້ອງສັງຄົມ ຜ່ານການບໍລິການປົກປ້ອງສັງຄົມທີ່ດີຂຶ້ນ ແລະ ກະຈາຍສູ່ທ້ອງຖິ່ນ",
                "intro": "ພື້ນຖານການປົກປ້ອງສັງຄົມຕ້ອງເຂົ້າເຖິງທຸກຄົນ ລວມທັງຜູ້ທີ່ອາໄສຢູ່ຫ່າງໄກຈາກຫ້ອງການ ແລະ ທະນາຄານ ແລະ ບໍ່ຮູ້ສິດຂອງຕົນ. ພາກນີ້ນຳສະເໜີກົນໄກການໃຫ້ບໍລິການແບບກະຈາຍສູ່ທ້ອງຖິ່ນ ທີ່ນຳການບໍລິການໄປໃກ້ຊິດກັບປະຊາຊົນ ແລະ ເສີມສ້າງຄວາມເຂັ້ມແຂງໃຫ້ແກ່ຊຸມຊົນທ້ອງຖິ່ນ.",
            },
            "th": {
                "title": "การขยายการเข้าถึงการคุ้มครองทางสังคมด้วยบริการคุ้มครองทางสังคมที่ดีขึ้นและกระจายสู่ท้องถิ่น",
                "intro": "ฐานการคุ้มครองทางสังคมต้องเข้าถึงทุกคน รวมถึงผู้ที่อาศัยอยู่ห่างไกลจากสำนักงานและธนาคารและไม่ทราบสิทธิของตน บทนี้นำเสนอกลไกการให้บริการแบบกระจายอำนาจที่นำบริการไปใกล้ชิดประชาชนและเสริมพลังให้ชุมชนท้องถิ่น",
            },
            "vi": {
                "title": "Mở rộng phạm vi tiếp cận an sinh xã hội thông qua các dịch vụ an sinh xã hội tốt hơn và được phân cấp",
                "intro": "Sàn an sinh xã hội phải đến được với mọi người, kể cả những người sống xa cơ quan hành chính và ngân hàng và không biết về quyền lợi của mình. Chương này giới thiệu các cơ chế cung cấp dịch vụ phân cấp, giúp đưa dịch vụ đến gần người dân và trao quyền cho cộng đồng địa phương.",
            },
            "id": {
                "title": "Memperluas jangkauan perlindungan sosial melalui layanan perlindungan sosial yang lebih baik dan terdesentralisasi",
                "intro": "Perlindungan sosial dasar harus menjangkau semua orang, termasuk mereka yang tinggal jauh dari kantor dan bank serta tidak mengetahui hak-haknya. Bab ini menyajikan mekanisme penyaluran terdesentralisasi yang mendekatkan layanan kepada masyarakat dan memberdayakan komunitas lokal.",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Chapters of the Guide (2/3)
# ---------------------------------------------------------------------------------------------

CHAPTER.update(
    {
        "integrated-packages": {
            "fr": {
                "title": "Aider les familles à sortir de la pauvreté grâce à des ensembles intégrés de services et de transferts",
                "intro": "Les transferts monétaires seuls permettent rarement aux familles de sortir durablement de la pauvreté. Ce chapitre présente des programmes qui associent les transferts à des services de santé, d'éducation, de nutrition et autres, avec une gestion de cas et un accompagnement des familles.",
            },
            "es": {
                "title": "Apoyar a las familias para que salgan de la pobreza mediante paquetes integrados de servicios y transferencias",
                "intro": "Las transferencias monetarias por sí solas rara vez sacan a las familias de la pobreza de forma duradera. Este capítulo presenta programas que combinan las transferencias con servicios de salud, educación, nutrición y otros, junto con gestión de casos y apoyo a las familias.",
            },
            "pt": {
                "title": "Apoiar as famílias para que saiam da pobreza por meio de pacotes integrados de serviços e transferências",
                "intro": "O dinheiro, por si só, raramente tira as famílias da pobreza de forma duradoura. Este capítulo apresenta programas que combinam transferências com serviços de saúde, educação, nutrição e outros, com gestão de casos e acompanhamento familiar.",
            },
            "zh-hans": {
                "title": "通过服务与转移支付相结合的综合方案帮助家庭摆脱贫困",
                "intro": "仅靠现金很少能让家庭彻底摆脱贫困。本章介绍将转移支付与卫生、教育、营养等服务相结合，并辅以个案管理和家庭支持的项目。",
            },
            "km": {
                "title": "ការគាំទ្រគ្រួសារឱ្យចាកផុតពីភាពក្រីក្រ តាមរយៈកញ្ចប់សេវា និងការផ្ទេរសាច់ប្រាក់ដែលរួមបញ្ចូលគ្នា",
                "intro": "ការផ្តល់សាច់ប្រាក់តែមួយមុខ កម្រនឹងជួយឱ្យគ្រួសារចាកផុតពីភាពក្រីក្របានយូរអង្វែងណាស់។ ជំពូកនេះបង្ហាញពីកម្មវិធីដែលរួមបញ្ចូលការផ្ទេរសាច់ប្រាក់ជាមួយសេវាសុខាភិបាល អប់រំ អាហារូបត្ថម្ភ និងសេវាផ្សេងៗទៀត ព្រមទាំងការគ្រប់គ្រងករណី និងការគាំទ្រគ្រួសារ។",
            },
            "lo": {
                "title": "ການຊ່ວຍເຫຼືອຄອບຄົວໃຫ້ຫຼຸດພົ້ນອອກຈາກຄວາມທຸກຍາກ ຜ່ານຊຸດການບໍລິການ ແລະ ເງິນອຸດໜູນແບບປະສົມປະສານ",
                "intro": "ເງິນສົດພຽງຢ່າງດຽວບໍ່ຄ່ອຍຊ່ວຍໃຫ້ຄອບຄົວຫຼຸດພົ້ນອອກຈາກຄວາມທຸກຍາກໄດ້ຢ່າງຍືນຍົງ. ພາກນີ້ນຳສະເໜີແຜນງານທີ່ສົມທົບການໂອນເງິນເຂົ້າກັບການບໍລິການດ້ານສຸຂະພາບ, ການສຶກສາ, ໂພຊະນາການ ແລະ ການບໍລິການອື່ນໆ ພ້ອມດ້ວຍການຄຸ້ມຄອງກໍລະນີ ແລະ ການສະໜັບສະໜູນຄອບຄົວ.",
            },
            "th": {
                "title": "การสนับสนุนครอบครัวให้หลุดพ้นจากความยากจนด้วยชุดบริการและเงินโอนแบบบูรณาการ",
                "intro": "เงินสดเพียงอย่างเดียวแทบไม่สามารถช่วยให้ครอบครัวหลุดพ้นจากความยากจนได้อย่างถาวร บทนี้นำเสนอแผนงานที่ผสมผสานเงินโอนเข้ากับบริการด้านสุขภาพ การศึกษา โภชนาการ และบริการอื่น ๆ พร้อมด้วยการจัดการรายกรณีและการสนับสนุนครอบครัว",
            },
            "vi": {
                "title": "Hỗ trợ các gia đình thoát nghèo thông qua các gói tích hợp dịch vụ và trợ cấp",
                "intro": "Chỉ riêng tiền mặt hiếm khi giúp các gia đình thoát nghèo bền vững. Chương này giới thiệu các chương trình kết hợp trợ cấp tiền mặt với các dịch vụ y tế, giáo dục, dinh dưỡng và các dịch vụ khác, cùng với quản lý ca và hỗ trợ gia đình.",
            },
            "id": {
                "title": "Mendukung keluarga keluar dari kemiskinan melalui paket layanan dan bantuan tunai yang terpadu",
                "intro": "Uang tunai saja jarang mampu mengangkat keluarga keluar dari kemiskinan secara permanen. Bab ini menyajikan program yang memadukan bantuan tunai dengan layanan kesehatan, pendidikan, gizi, dan layanan lainnya, disertai manajemen kasus dan pendampingan keluarga.",
            },
        },
        "employment": {
            "fr": {
                "title": "Gros plan sur la population d'âge actif : lier l'emploi et la protection sociale",
                "intro": "Pour les personnes en âge de travailler, protection et emploi doivent aller de pair. Ce chapitre présente des programmes d'assurance chômage, de retour au travail, de formation professionnelle et d'emploi des jeunes fondés sur une stratégie à trois dimensions.",
            },
            "es": {
                "title": "Atención especial a la población en edad de trabajar: vincular el empleo y la protección social",
                "intro": "Para las personas en edad de trabajar, la protección y el empleo deben ir de la mano. Este capítulo presenta programas de seguro de desempleo, de reinserción laboral, de formación profesional y de empleo juvenil basados en una estrategia tridimensional.",
            },
            "pt": {
                "title": "Foco especial na população em idade ativa: articular emprego e proteção social",
                "intro": "Para as pessoas em idade ativa, proteção e emprego devem andar juntos. Este capítulo apresenta programas de seguro-desemprego, de retorno ao trabalho, de formação profissional e de emprego para jovens, construídos sobre uma estratégia tridimensional.",
            },
            "zh-hans": {
                "title": "特别关注劳动年龄人口：将就业与社会保护相衔接",
                "intro": "对于劳动年龄人口而言，保护与就业必须齐头并进。本章介绍基于三维战略的失业保险、重返工作岗位、职业培训和青年就业项目。",
            },
            "km": {
                "title": "ការផ្តោតជាពិសេសលើប្រជាជនក្នុងវ័យធ្វើការ៖ ការផ្សារភ្ជាប់ការងារ និងកិច្ចគាំពារសង្គម",
                "intro": "សម្រាប់ប្រជាជនក្នុងវ័យធ្វើការ កិច្ចគាំពារ និងការងារត្រូវតែដើរទន្ទឹមគ្នា។ ជំពូកនេះបង្ហាញពីកម្មវិធីធានារ៉ាប់រងភាពអត់ការងារធ្វើ ការវិលត្រឡប់ទៅធ្វើការវិញ ការបណ្តុះបណ្តាលវិជ្ជាជីវៈ និងការងារសម្រាប់យុវជន ដែលកសាងឡើងលើយុទ្ធសាស្ត្របីវិមាត្រ។",
            },
            "lo": {
                "title": "ເນັ້ນໃສ່ປະຊາກອນໃນໄວເຮັດວຽກ: ການເຊື່ອມໂຍງການຈ້າງງານ ແລະ ການປົກປ້ອງສັງຄົມ",
                "intro": "ສຳລັບຜູ້ທີ່ຢູ່ໃນໄວເຮັດວຽກ ການປົກປ້ອງ ແລະ ການຈ້າງງານຕ້ອງໄປຄຽງຄູ່ກັນ. ພາກນີ້ນຳສະເໜີແຜນງານປະກັນການຫວ່າງງານ, ການກັບຄືນເຂົ້າເຮັດວຽກ, ການຝຶກອົບຮົມວິຊາຊີບ ແລະ ການຈ້າງງານຊາວໜຸ່ມ ທີ່ສ້າງຂຶ້ນບົນພື້ນຖານຍຸດທະສາດສາມມິຕິ.",
            },
            "th": {
                "title": "มุ่งเน้นประชากรวัยทำงาน: การเชื่อมโยงการจ้างงานกับการคุ้มครองทางสังคม",
                "intro": "สำหรับประชากรวัยทำงาน การคุ้มครองและการจ้างงานต้องดำเนินไปควบคู่กัน บทนี้นำเสนอแผนงานประกันการว่างงาน การกลับเข้าทำงาน การฝึกอาชีพ และการจ้างงานเยาวชน ซึ่งตั้งอยู่บนยุทธศาสตร์สามมิติ",
            },
            "vi": {
                "title": "Trọng tâm đặc biệt vào dân số trong độ tuổi lao động: gắn kết việc làm với an sinh xã hội",
                "intro": "Đối với người trong độ tuổi lao động, bảo trợ và việc làm phải đi đôi với nhau. Chương này giới thiệu các chương trình bảo hiểm thất nghiệp, hỗ trợ quay lại làm việc, đào tạo nghề và việc làm cho thanh niên được xây dựng trên một chiến lược ba chiều.",
            },
            "id": {
                "title": "Fokus khusus pada penduduk usia kerja: mengaitkan ketenagakerjaan dengan perlindungan sosial",
                "intro": "Bagi penduduk usia kerja, perlindungan dan pekerjaan harus berjalan seiring. Bab ini menyajikan program asuransi pengangguran, kembali bekerja, pelatihan vokasi, dan ketenagakerjaan kaum muda yang dibangun di atas strategi tiga dimensi.",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Chapters of the Guide (3/3)
# ---------------------------------------------------------------------------------------------

CHAPTER.update(
    {
        "economic-sectors": {
            "fr": {
                "title": "Développer des secteurs de l'économie grâce à un ensemble combiné de mesures de protection sociale et d'emploi",
                "intro": "La protection sociale est aussi une politique économique. Ce chapitre montre comment elle crée une demande de services, des emplois et de nouveaux secteurs, de la santé et des soins de longue durée à la construction et au développement vert.",
            },
            "es": {
                "title": "Desarrollar sectores de la economía mediante un conjunto combinado de medidas de protección social y de empleo",
                "intro": "La protección social es también una política económica. Este capítulo muestra cómo genera demanda de servicios, empleos y nuevos sectores, desde la salud y los cuidados de larga duración hasta la construcción y el desarrollo verde.",
            },
            "pt": {
                "title": "Desenvolver setores da economia por meio de um conjunto combinado de medidas de proteção social e de emprego",
                "intro": "A proteção social é também uma política econômica. Este capítulo mostra como ela cria demanda por serviços, empregos e novos setores, da saúde e dos cuidados de longa duração à construção e ao desenvolvimento verde.",
            },
            "zh-hans": {
                "title": "通过社会保护与就业相结合的一揽子措施发展经济部门",
                "intro": "社会保护也是一项经济政策。本章说明社会保护如何创造服务需求、就业岗位和新兴部门，涵盖从卫生和长期护理到建筑业和绿色发展等领域。",
            },
            "km": {
                "title": "ការអភិវឌ្ឍវិស័យសេដ្ឋកិច្ច តាមរយៈវិធានការគាំពារសង្គម និងការងារដែលរួមបញ្ចូលគ្នា",
                "intro": "កិច្ចគាំពារសង្គមក៏ជាគោលនយោបាយសេដ្ឋកិច្ចផងដែរ។ ជំពូកនេះបង្ហាញពីរបៀបដែលកិច្ចគាំពារសង្គមបង្កើតតម្រូវការសេវា ការងារ និងវិស័យថ្មីៗ ចាប់ពីសុខាភិបាល និងការថែទាំរយៈពេលវែង រហូតដល់សំណង់ និងការអភិវឌ្ឍបៃតង។",
            },
            "lo": {
                "title": "ການພັດທະນາຂະແໜງເສດຖະກິດ ຜ່ານມາດຕະການດ້ານການປົກປ້ອງສັງຄົມ ແລະ ການຈ້າງງານທີ່ປະສົມປະສານກັນ",
                "intro": "ການປົກປ້ອງສັງຄົມຍັງເປັນນະໂຍບາຍເສດຖະກິດອີກດ້ວຍ. ພາກນີ້ສະແດງໃຫ້ເຫັນວ່າ ການປົກປ້ອງສັງຄົມສ້າງຄວາມຕ້ອງການດ້ານການບໍລິການ, ວຽກເຮັດງານທຳ ແລະ ຂະແໜງການໃໝ່ໆ ໄດ້ແນວໃດ ນັບແຕ່ສາທາລະນະສຸກ ແລະ ການດູແລໄລຍະຍາວ ຈົນເຖິງການກໍ່ສ້າງ ແລະ ການພັດທະນາສີຂຽວ.",
            },
            "th": {
                "title": "การพัฒนาภาคเศรษฐกิจด้วยชุดมาตรการด้านการคุ้มครองทางสังคมและการจ้างงานที่ผสมผสานกัน",
                "intro": "การคุ้มครองทางสังคมยังเป็นนโยบายเศรษฐกิจด้วย บทนี้แสดงให้เห็นว่าการคุ้มครองทางสังคมสร้างอุปสงค์ต่อบริการ การจ้างงาน และภาคเศรษฐกิจใหม่ได้อย่างไร ตั้งแต่ด้านสุขภาพและการดูแลระยะยาวไปจนถึงการก่อสร้างและการพัฒนาสีเขียว",
            },
            "vi": {
                "title": "Phát triển các ngành kinh tế thông qua tổ hợp các biện pháp an sinh xã hội và việc làm",
                "intro": "An sinh xã hội cũng là một chính sách kinh tế. Chương này cho thấy an sinh xã hội tạo ra nhu cầu về dịch vụ, việc làm và các ngành mới như thế nào, từ y tế và chăm sóc dài hạn đến xây dựng và phát triển xanh.",
            },
            "id": {
                "title": "Mengembangkan sektor-sektor ekonomi melalui perpaduan langkah perlindungan sosial dan ketenagakerjaan",
                "intro": "Perlindungan sosial juga merupakan kebijakan ekonomi. Bab ini menunjukkan bagaimana perlindungan sosial menciptakan permintaan akan layanan, lapangan kerja, dan sektor-sektor baru, mulai dari kesehatan dan perawatan jangka panjang hingga konstruksi dan pembangunan hijau.",
            },
        },
        "mis": {
            "fr": {
                "title": "Améliorer la transparence et la traçabilité grâce aux systèmes d'information de gestion",
                "intro": "De bons systèmes d'information rendent le socle transparent, traçable et responsable. Ce chapitre présente des bases de données nationales et des systèmes d'identification des bénéficiaires, ainsi que les conditions de leur pérennité.",
            },
            "es": {
                "title": "Mejorar la transparencia y la trazabilidad mediante sistemas de información de gestión",
                "intro": "Unos buenos sistemas de información hacen que el piso sea transparente, trazable y sujeto a rendición de cuentas. Este capítulo presenta bases de datos nacionales y sistemas de identificación de beneficiarios, así como las condiciones para que sean sostenibles.",
            },
            "pt": {
                "title": "Melhorar a transparência e a rastreabilidade por meio de sistemas de informação de gestão",
                "intro": "Bons sistemas de informação tornam o piso transparente, rastreável e sujeito à prestação de contas. Este capítulo apresenta bases de dados nacionais e sistemas de identificação de beneficiários, bem como as condições para torná-los sustentáveis.",
            },
            "zh-hans": {
                "title": "通过管理信息系统提高透明度和可追溯性",
                "intro": "完善的信息系统使社会保护底线透明、可追溯、可问责。本章介绍国家数据库和受益人识别系统，以及使其可持续运行的条件。",
            },
            "km": {
                "title": "ការបង្កើនតម្លាភាព និងលទ្ធភាពតាមដាន តាមរយៈប្រព័ន្ធព័ត៌មានគ្រប់គ្រង",
                "intro": "ប្រព័ន្ធព័ត៌មានល្អធ្វើឱ្យមូលដ្ឋានគាំពារសង្គមមានតម្លាភាព អាចតាមដានបាន និងមានគណនេយ្យភាព។ ជំពូកនេះបង្ហាញពីមូលដ្ឋានទិន្នន័យជាតិ និងប្រព័ន្ធកំណត់អត្តសញ្ញាណអ្នកទទួលផល ព្រមទាំងលក្ខខណ្ឌដែលធ្វើឱ្យប្រព័ន្ធទាំងនោះមាននិរន្តរភាព។",
            },
            "lo": {
                "title": "ການປັບປຸງຄວາມໂປ່ງໃສ ແລະ ຄວາມສາມາດໃນການຕິດຕາມກວດສອບ ຜ່ານລະບົບຂໍ້ມູນຂ່າວສານເພື່ອການຄຸ້ມຄອງ",
                "intro": "ລະບົບຂໍ້ມູນຂ່າວສານທີ່ດີເຮັດໃຫ້ພື້ນຖານການປົກປ້ອງສັງຄົມມີຄວາມໂປ່ງໃສ, ສາມາດຕິດຕາມກວດສອບໄດ້ ແລະ ມີຄວາມຮັບຜິດຊອບ. ພາກນີ້ນຳສະເໜີຖານຂໍ້ມູນແຫ່ງຊາດ ແລະ ລະບົບການກຳນົດຕົວຕົນຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ ພ້ອມທັງເງື່ອນໄຂທີ່ເຮັດໃຫ້ລະບົບເຫຼົ່ານັ້ນມີຄວາມຍືນຍົງ.",
            },
            "th": {
                "title": "การเพิ่มความโปร่งใสและการตรวจสอบย้อนกลับได้ด้วยระบบสารสนเทศเพื่อการบริหารจัดการ",
                "intro": "ระบบสารสนเทศที่ดีทำให้ฐานการคุ้มครองทางสังคมมีความโปร่งใส ตรวจสอบย้อนกลับได้ และมีความรับผิดชอบ บทนี้นำเสนอฐานข้อมูลระดับชาติและระบบระบุตัวตนผู้รับประโยชน์ ตลอดจนเงื่อนไขที่ทำให้ระบบเหล่านี้ยั่งยืน",
            },
            "vi": {
                "title": "Nâng cao tính minh bạch và khả năng truy xuất thông qua hệ thống thông tin quản lý",
                "intro": "Hệ thống thông tin tốt giúp sàn an sinh xã hội minh bạch, có thể truy xuất và có trách nhiệm giải trình. Chương này giới thiệu các cơ sở dữ liệu quốc gia và hệ thống định danh người thụ hưởng, cùng các điều kiện để duy trì chúng một cách bền vững.",
            },
            "id": {
                "title": "Meningkatkan transparansi dan ketertelusuran melalui sistem informasi manajemen",
                "intro": "Sistem informasi yang baik membuat perlindungan sosial dasar transparan, dapat ditelusuri, dan akuntabel. Bab ini menyajikan basis data nasional dan sistem identifikasi penerima manfaat, serta syarat-syarat agar sistem tersebut berkelanjutan.",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Case studies (1/6)
# ---------------------------------------------------------------------------------------------

CASE_STUDY.update(
    {
        "sassa-mobile-outreach": {
            "km": {
                "title": "អាហ្វ្រិកខាងត្បូង៖ រថយន្តចល័តនាំការចុះឈ្មោះ និងការបើកប្រាក់ទៅដល់មាត់ទ្វារផ្ទះ",
                "summary": "ទីភ្នាក់ងារសន្តិសុខសង្គមអាហ្វ្រិកខាងត្បូង (SASSA) បញ្ជូនរថយន្តដែលបំពាក់ដោយបច្ចេកវិទ្យាព័ត៌មាន និងគមនាគមន៍ ទៅកាន់តំបន់ដាច់ស្រយាល និងតំបន់ជនបទ ដើម្បីចុះឈ្មោះអ្នកទទួលផល និងផ្តល់អត្ថប្រយោជន៍ដល់មាត់ទ្វារផ្ទះ។ ការបើកប្រាក់ប្រមាណ 16.1 លានលើកត្រូវបានធ្វើឡើងជារៀងរាល់ខែ ដែលភាគច្រើនសម្រាប់ប្រជាជនដែលមិនសកម្មផ្នែកសេដ្ឋកិច្ច។",
            },
            "lo": {
                "title": "ອາຟຣິກາໃຕ້: ລົດບໍລິການເຄື່ອນທີ່ນຳການລົງທະບຽນ ແລະ ການຈ່າຍເງິນໄປເຖິງໜ້າບ້ານ",
                "summary": "ອົງການປະກັນສັງຄົມອາຟຣິກາໃຕ້ (SASSA) ສົ່ງລົດບັນທຸກທີ່ຕິດຕັ້ງເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ ແລະ ການສື່ສານ ເຂົ້າໄປໃນເຂດຫ່າງໄກ ແລະ ເຂດຊົນນະບົດ ເພື່ອລົງທະບຽນຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ ແລະ ມອບເງິນຊ່ວຍເຫຼືອເຖິງໜ້າບ້ານ. ແຕ່ລະເດືອນມີການຈ່າຍເງິນປະມານ 16.1 ລ້ານລາຍການ ເຊິ່ງສ່ວນໃຫຍ່ແມ່ນໃຫ້ແກ່ຜູ້ທີ່ບໍ່ມີກິດຈະກຳທາງເສດຖະກິດ.",
            },
        },
        "india-worker-facilitation-centres": {
            "km": {
                "title": "ឥណ្ឌា៖ មជ្ឈមណ្ឌលសម្របសម្រួលកម្មករ ជាស្ពានចម្លងកម្មករក្រៅប្រព័ន្ធទៅកាន់សន្តិសុខសង្គម",
                "summary": "មជ្ឈមណ្ឌលសម្របសម្រួលកម្មកររបស់ឥណ្ឌា ត្រូវបានបង្កើតឡើងនៅថ្នាក់ក្រុមប្រឹក្សាភូមិ។ មជ្ឈមណ្ឌលទាំងនេះប្រមូលទិន្នន័យ កំណត់អត្តសញ្ញាណអ្នកទទួលផល ផ្តល់ព័ត៌មានដល់គ្រួសារ និងជួយកម្មករក្រៅប្រព័ន្ធដាក់ពាក្យចូលរបបសន្តិសុខសង្គម។ បច្ចុប្បន្នមានមជ្ឈមណ្ឌលចំនួន 250 នៅក្នុង 6 ស្រុក ហើយបណ្តាញនេះកំពុងត្រូវបានពង្រីក។",
            },
            "lo": {
                "title": "ອິນເດຍ: ສູນອຳນວຍຄວາມສະດວກໃຫ້ແຮງງານ ເຊື່ອມຕໍ່ແຮງງານນອກລະບົບເຂົ້າກັບປະກັນສັງຄົມ",
                "summary": "ສູນອຳນວຍຄວາມສະດວກໃຫ້ແຮງງານຂອງອິນເດຍ ຖືກສ້າງຕັ້ງຂຶ້ນໃນລະດັບສະພາບ້ານ. ສູນເຫຼົ່ານີ້ເກັບກຳຂໍ້ມູນ, ກຳນົດຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ, ໃຫ້ຂໍ້ມູນແກ່ຄົວເຮືອນ ແລະ ຊ່ວຍແຮງງານນອກລະບົບໃນການສະໝັກເຂົ້າລະບົບປະກັນສັງຄົມ. ປັດຈຸບັນມີ 250 ສູນ ໃນ 6 ເມືອງ ແລະ ເຄືອຂ່າຍດັ່ງກ່າວກຳລັງຖືກຂະຫຍາຍອອກ.",
            },
        },
        "pakistan-bisp": {
            "km": {
                "title": "ប៉ាគីស្ថាន៖ អត្ថប្រយោជន៍ និងសេវារួមបញ្ចូលគ្នាសម្រាប់គ្រួសារចំនួន 7.2 លាន",
                "summary": "កម្មវិធីគាំទ្រប្រាក់ចំណូល Benazir (BISP) ផ្តល់អត្ថប្រយោជន៍ និងសេវាសង្គមរួមបញ្ចូលគ្នាដល់គ្រួសារក្រីក្រ និងងាយរងគ្រោះនៅប៉ាគីស្ថាន ហើយគ្របដណ្តប់លើគ្រួសារចំនួន 7.2 លាន។ កម្មវិធីនេះត្រូវបានបង្ហាញនៅសៀមរាប ជាឧទាហរណ៍នៃការរួមបញ្ចូលការផ្ទេរសាច់ប្រាក់ និងសេវា ដើម្បីជួយគ្រួសារឱ្យចាកផុតពីភាពក្រីក្រ។",
            },
            "lo": {
                "title": "ປາກີສະຖານ: ເງິນຊ່ວຍເຫຼືອ ແລະ ການບໍລິການແບບປະສົມປະສານສຳລັບ 7.2 ລ້ານຄົວເຮືອນ",
                "summary": "ແຜນງານສະໜັບສະໜູນລາຍຮັບ Benazir (BISP) ສະໜອງເງິນຊ່ວຍເຫຼືອ ແລະ ການບໍລິການສັງຄົມແບບປະສົມປະສານໃຫ້ແກ່ຄອບຄົວທຸກຍາກ ແລະ ຄອບຄົວທີ່ມີຄວາມສ່ຽງໃນປາກີສະຖານ ແລະ ກວມເອົາ 7.2 ລ້ານຄົວເຮືອນ. ແຜນງານນີ້ໄດ້ຖືກນຳສະເໜີຢູ່ເສຍມຣາບ ເປັນຕົວຢ່າງຂອງການສົມທົບການໂອນເງິນ ແລະ ການບໍລິການ ເພື່ອຊ່ວຍໃຫ້ຄອບຄົວຫຼຸດພົ້ນອອກຈາກຄວາມທຸກຍາກ.",
            },
        },
        "delhi-mission-convergence": {
            "km": {
                "title": "ឥណ្ឌា៖ Mission Convergence និងមជ្ឈមណ្ឌលសេវាច្រកចេញចូលតែមួយនៅទីក្រុងដេលី",
                "summary": "Mission Convergence នៅទីក្រុងដេលី ផ្តល់អត្ថប្រយោជន៍ និងសេវាសង្គមរួមបញ្ចូលគ្នាដល់គ្រួសារក្រីក្រ និងងាយរងគ្រោះចំនួន 1.3 លាន តាមរយៈមជ្ឈមណ្ឌលសេវាច្រកចេញចូលតែមួយ។ វិធីសាស្ត្រច្រកចេញចូលតែមួយនេះ បានក្លាយជាប្រភពបំផុសគំនិតសម្រាប់ SSDM របស់កម្ពុជា ហើយឥណ្ឌាបានចែករំលែកបទពិសោធន៍នេះដោយផ្ទាល់ជាមួយកម្ពុជា និងឥណ្ឌូនេស៊ី។",
            },
            "lo": {
                "title": "ອິນເດຍ: Mission Convergence ແລະ ສູນບໍລິການປ່ອງຢ້ຽມດຽວ ໃນນະຄອນເດລີ",
                "summary": "Mission Convergence ໃນນະຄອນເດລີ ສະໜອງເງິນຊ່ວຍເຫຼືອ ແລະ ການບໍລິການສັງຄົມແບບປະສົມປະສານໃຫ້ແກ່ຄົວເຮືອນທຸກຍາກ ແລະ ມີຄວາມສ່ຽງ 1.3 ລ້ານຄົວເຮືອນ ຜ່ານສູນບໍລິການປ່ອງຢ້ຽມດຽວ. ວິທີການປ່ອງຢ້ຽມດຽວນີ້ ເປັນແຮງບັນດານໃຈໃຫ້ແກ່ SSDM ຂອງກຳປູເຈຍ ແລະ ອິນເດຍໄດ້ແບ່ງປັນປະສົບການດັ່ງກ່າວໂດຍກົງກັບກຳປູເຈຍ ແລະ ອິນໂດເນເຊຍ.",
            },
        },
        "thailand-one-stop-crisis-centres": {
            "km": {
                "title": "ថៃ៖ មជ្ឈមណ្ឌលដោះស្រាយវិបត្តិច្រកតែមួយ សម្រាប់ជនរងគ្រោះដោយអំពើហិង្សា",
                "summary": "មជ្ឈមណ្ឌលដោះស្រាយវិបត្តិច្រកតែមួយ (One Stop Crisis Centres) របស់ប្រទេសថៃ គឺជាអង្គភាពពហុជំនាញដែលមានទីតាំងនៅក្នុងមន្ទីរពេទ្យ និងផ្តល់សេវាគ្រប់ជ្រុងជ្រោយដល់ជនរងគ្រោះដោយអំពើហិង្សា។ វេជ្ជបណ្ឌិត គិលានុបដ្ឋាក នគរបាល ការិយាល័យអគ្គព្រះរាជអាជ្ញា អង្គការមិនមែនរដ្ឋាភិបាល ជម្រកសុវត្ថិភាព និងក្រសួងអភិវឌ្ឍន៍សង្គម ធ្វើការរួមគ្នា។ បច្ចុប្បន្នមានមជ្ឈមណ្ឌលប្រមាណ 108។",
            },
            "lo": {
                "title": "ໄທ: ສູນຊ່ວຍເຫຼືອວິກິດແບບຈຸດດຽວ ສຳລັບຜູ້ຖືກເຄາະຮ້າຍຈາກຄວາມຮຸນແຮງ",
                "summary": "ສູນຊ່ວຍເຫຼືອວິກິດແບບຈຸດດຽວ (One Stop Crisis Centres) ຂອງໄທ ແມ່ນໜ່ວຍງານສະຫະວິຊາຊີບທີ່ຕັ້ງຢູ່ໃນໂຮງໝໍ ເຊິ່ງໃຫ້ບໍລິການຢ່າງຮອບດ້ານແກ່ຜູ້ຖືກເຄາະຮ້າຍຈາກຄວາມຮຸນແຮງ. ທ່ານໝໍ, ພະຍາບານ, ຕຳຫຼວດ, ຫ້ອງການໄອຍະການສູງສຸດ, ອົງການຈັດຕັ້ງທີ່ບໍ່ແມ່ນລັດຖະບານ, ສະຖານທີ່ພັກພິງ ແລະ ກະຊວງພັດທະນາສັງຄົມ ເຮັດວຽກຮ່ວມກັນ; ປັດຈຸບັນມີປະມານ 108 ສູນ.",
            },
            "th": {
                "title": "ไทย: ศูนย์พึ่งได้ (One Stop Crisis Centre) สำหรับผู้ถูกกระทำด้วยความรุนแรง",
                "summary": "ศูนย์พึ่งได้ (One Stop Crisis Centre) ของไทยเป็นหน่วยงานสหวิชาชีพที่ตั้งอยู่ในโรงพยาบาล ให้บริการแบบครบวงจรแก่ผู้ถูกกระทำด้วยความรุนแรง โดยแพทย์ พยาบาล ตำรวจ สำนักงานอัยการสูงสุด องค์กรพัฒนาเอกชน บ้านพักฉุกเฉิน และกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ทำงานร่วมกัน ปัจจุบันมีศูนย์ประมาณ 108 แห่ง",
            },
        },
        "chile-solidario": {
            "km": {
                "title": "ស៊ីលី៖ Chile Solidario កិច្ចសន្យាគ្រួសារ និងការគ្រប់គ្រងករណី",
                "summary": "Chile Solidario មានគោលបំណងការពារពលរដ្ឋពេញមួយវដ្តជីវិតរបស់ពួកគេ ហើយផ្អែកលើប្រព័ន្ធគ្រប់គ្រងករណី។ បុគ្គលិកម្នាក់ដែលទទួលបន្ទុកដោយផ្ទាល់ ជួយគ្រួសារនីមួយៗឱ្យសម្រេចបាននូវលក្ខខណ្ឌអប្បបរមានៃគុណភាពជីវិត តាមរយៈកិច្ចសន្យាគ្រួសារ។",
            },
            "lo": {
                "title": "ຊິລີ: Chile Solidario, ສັນຍາຄອບຄົວ ແລະ ການຄຸ້ມຄອງກໍລະນີ",
                "summary": "Chile Solidario ມີຈຸດປະສົງປົກປ້ອງພົນລະເມືອງຕະຫຼອດວົງຈອນຊີວິດ ແລະ ອີງໃສ່ລະບົບການຄຸ້ມຄອງກໍລະນີ. ພະນັກງານທີ່ຮັບຜິດຊອບໂດຍສະເພາະ ຊ່ວຍແຕ່ລະຄອບຄົວໃຫ້ບັນລຸເງື່ອນໄຂຂັ້ນຕ່ຳດ້ານຄຸນນະພາບຊີວິດ ຜ່ານສັນຍາຄອບຄົວ.",
            },
            "es": {
                "title": "Chile: Chile Solidario, contratos familiares y gestión de casos",
                "summary": "Chile Solidario tiene por objetivo proteger a la ciudadanía a lo largo de todo su ciclo de vida y se basa en un sistema de gestión de casos. Un profesional dedicado ayuda a cada familia a alcanzar unas condiciones mínimas de calidad de vida mediante un contrato familiar.",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Case studies (2/6)
# ---------------------------------------------------------------------------------------------

CASE_STUDY.update(
    {
        "argentina-youth-employment": {
            "km": {
                "title": "អាហ្សង់ទីន៖ គោលនយោបាយការងារសម្រាប់យុវជន បន្ទាប់ពីវិបត្តិឆ្នាំ 2001",
                "summary": "បន្ទាប់ពីវិបត្តិសេដ្ឋកិច្ចឆ្នាំ 2001 អាហ្សង់ទីនបានអនុវត្តគោលនយោបាយលើកកម្ពស់ការងារសម្រាប់យុវជន ដែលរួមបញ្ចូលសេវាប្រឹក្សា និងបណ្តុះបណ្តាល ជាមួយនឹងប្រាក់ឧបត្ថម្ភប្រចាំខែ។ យោងតាមរដ្ឋលេខាធិការទទួលបន្ទុកការងារ គោលនយោបាយនេះបានជួយកាត់បន្ថយភាពអត់ការងារធ្វើនៅក្នុងប្រទេស។",
            },
            "lo": {
                "title": "ອາເຈນຕິນາ: ນະໂຍບາຍການຈ້າງງານຊາວໜຸ່ມ ພາຍຫຼັງວິກິດປີ 2001",
                "summary": "ພາຍຫຼັງວິກິດເສດຖະກິດປີ 2001 ອາເຈນຕິນາໄດ້ປະຕິບັດນະໂຍບາຍສົ່ງເສີມການຈ້າງງານຊາວໜຸ່ມ ເຊິ່ງສົມທົບການບໍລິການໃຫ້ຄຳປຶກສາ ແລະ ການຝຶກອົບຮົມ ເຂົ້າກັບເງິນອຸດໜູນລາຍເດືອນ. ອີງຕາມເລຂາທິການດ້ານການຈ້າງງານ ນະໂຍບາຍນີ້ໄດ້ຊ່ວຍຫຼຸດຜ່ອນການຫວ່າງງານໃນປະເທດ.",
            },
            "es": {
                "title": "Argentina: política de empleo juvenil tras la crisis de 2001",
                "summary": "Tras la crisis económica de 2001, la Argentina aplicó una política de promoción del empleo juvenil que combina servicios de orientación y formación con una asignación monetaria mensual. Según el Secretario de Empleo, esta política contribuyó a reducir el desempleo en el país.",
            },
        },
        "france-rsa": {
            "km": {
                "title": "បារាំង៖ ប្រាក់ចំណូលសាមគ្គីភាពសកម្ម (Revenu de Solidarité Active) បំពេញបន្ថែមប្រាក់ចំណូលគ្រួសារ",
                "summary": "Revenu de Solidarité Active (RSA) របស់ប្រទេសបារាំង ផ្តល់ប្រាក់ឧបត្ថម្ភបំពេញបន្ថែម ដែលលើកប្រាក់ចំណូលរបស់គ្រួសារឱ្យដល់កម្រិតដែលត្រូវបានធានា។ វាត្រូវបានបង្ហាញនៅសៀមរាប ជាមធ្យោបាយមួយក្នុងការផ្សារភ្ជាប់សន្តិសុខប្រាក់ចំណូលជាមួយនឹងការងារ។",
            },
            "lo": {
                "title": "ຝຣັ່ງ: ລາຍຮັບສາມັກຄີແບບເຄື່ອນໄຫວ (Revenu de Solidarité Active) ເພີ່ມເຕີມລາຍຮັບຂອງຄົວເຮືອນ",
                "summary": "Revenu de Solidarité Active (RSA) ຂອງຝຣັ່ງ ສະໜອງເງິນອຸດໜູນເສີມ ເພື່ອຍົກລາຍຮັບຂອງຄົວເຮືອນໃຫ້ເຖິງລະດັບທີ່ໄດ້ຮັບການຮັບປະກັນ. ມັນໄດ້ຖືກນຳສະເໜີຢູ່ເສຍມຣາບ ເປັນວິທີໜຶ່ງໃນການເຊື່ອມໂຍງຄວາມໝັ້ນຄົງດ້ານລາຍຮັບເຂົ້າກັບການເຮັດວຽກ.",
            },
            "fr": {
                "title": "France : le revenu de solidarité active complète le revenu des ménages",
                "summary": "En France, le revenu de solidarité active (RSA) verse une allocation complémentaire qui porte le revenu d'un ménage jusqu'à un niveau garanti. Il a été présenté à Siem Reap comme un moyen de lier la sécurité du revenu et le travail.",
            },
        },
        "malaysia-return-to-work": {
            "km": {
                "title": "ម៉ាឡេស៊ី៖ កម្មវិធីវិលត្រឡប់ទៅធ្វើការវិញ (Return to Work) សម្រាប់ជនមានពិការភាព",
                "summary": "កម្មវិធីវិលត្រឡប់ទៅធ្វើការវិញ (Return to Work) សម្រាប់ជនមានពិការភាពរបស់ម៉ាឡេស៊ី ទទួលស្គាល់ថា អន្តរាគមន៍ឱ្យបានឆាប់មានសារៈសំខាន់សម្រាប់ការស្តារនីតិសម្បទាប្រកបដោយជោគជ័យ និងការវិលត្រឡប់ទៅធ្វើការវិញយ៉ាងរលូន។ កម្ពុជាបានដាក់កម្មវិធីនេះក្នុងចំណោមគំរូដែលខ្លួននឹងខិតខំសម្រេចឱ្យបានជាបណ្តើរៗ។",
            },
            "lo": {
                "title": "ມາເລເຊຍ: ແຜນງານກັບຄືນເຂົ້າເຮັດວຽກ (Return to Work) ສຳລັບຄົນພິການ",
                "summary": "ແຜນງານກັບຄືນເຂົ້າເຮັດວຽກ (Return to Work) ສຳລັບຄົນພິການຂອງມາເລເຊຍ ຮັບຮູ້ວ່າການແຊກແຊງແຕ່ເນີ່ນໆມີຄວາມສຳຄັນຕໍ່ການຟື້ນຟູສະມັດຕະພາບທີ່ປະສົບຜົນສຳເລັດ ແລະ ການກັບຄືນເຂົ້າເຮັດວຽກຢ່າງລາບລື່ນ. ກຳປູເຈຍໄດ້ຈັດແຜນງານນີ້ເປັນໜຶ່ງໃນແບບຢ່າງທີ່ຕົນຈະພະຍາຍາມບັນລຸເທື່ອລະກ້າວ.",
            },
        },
        "korea-unemployment-insurance": {
            "km": {
                "title": "សាធារណរដ្ឋកូរ៉េ៖ ធានារ៉ាប់រងភាពអត់ការងារធ្វើ និងកិច្ចគាំពារដែលផ្សារភ្ជាប់នឹងការងារ",
                "summary": "បទពិសោធន៍របស់សាធារណរដ្ឋកូរ៉េលើធានារ៉ាប់រងភាពអត់ការងារធ្វើ និងវិធានការការងារពាក់ព័ន្ធ ត្រូវបានបង្ហាញនៅសៀមរាប ក្នុងវគ្គស្តីពីការផ្សារភ្ជាប់ការងារ និងកិច្ចគាំពារសង្គម ដែលជាផ្នែកមួយនៃយុទ្ធសាស្ត្របីវិមាត្រ៖ សន្តិសុខប្រាក់ចំណូល ការរក្សាស្ថិរភាពការងារ និងការបន្សាំជំនាញ។",
            },
            "lo": {
                "title": "ສາທາລະນະລັດເກົາຫຼີ: ປະກັນການຫວ່າງງານ ແລະ ການປົກປ້ອງທີ່ເຊື່ອມໂຍງກັບການຈ້າງງານ",
                "summary": "ປະສົບການຂອງສາທາລະນະລັດເກົາຫຼີ ກ່ຽວກັບປະກັນການຫວ່າງງານ ແລະ ມາດຕະການດ້ານການຈ້າງງານທີ່ກ່ຽວຂ້ອງ ໄດ້ຖືກນຳສະເໜີຢູ່ເສຍມຣາບ ໃນກອງປະຊຸມຍ່ອຍວ່າດ້ວຍການເຊື່ອມໂຍງການຈ້າງງານ ແລະ ການປົກປ້ອງສັງຄົມ ເຊິ່ງເປັນສ່ວນໜຶ່ງຂອງຍຸດທະສາດສາມມິຕິ: ຄວາມໝັ້ນຄົງດ້ານລາຍຮັບ, ການຮັກສາສະຖຽນລະພາບຂອງການຈ້າງງານ ແລະ ການປັບທັກສະ.",
            },
        },
        "vietnam-unemployment-insurance": {
            "km": {
                "title": "វៀតណាម៖ ធានារ៉ាប់រងភាពអត់ការងារធ្វើ និងសេវាការងារ ដោយមានការគាំទ្រពីជប៉ុន និង ILO",
                "summary": "ធានារ៉ាប់រងភាពអត់ការងារធ្វើរបស់វៀតណាម ត្រូវបានបង្ហាញនៅសៀមរាប ហើយកម្ពុជាបានចាត់ទុកវាជាគំរូមួយដែលត្រូវសម្រេចឱ្យបានជាបណ្តើរៗ។ ដំណាក់កាលទីមួយនៃកិច្ចសហការជប៉ុន-ILO លើកិច្ចគាំពារសង្គម (2011-2013) បានផ្តោតលើធានារ៉ាប់រងភាពអត់ការងារធ្វើ និងសេវាការងារ ជាពិសេសនៅវៀតណាម។",
            },
            "lo": {
                "title": "ຫວຽດນາມ: ປະກັນການຫວ່າງງານ ແລະ ການບໍລິການຈັດຫາງານ ຮ່ວມກັບຍີ່ປຸ່ນ ແລະ ILO",
                "summary": "ປະກັນການຫວ່າງງານຂອງຫວຽດນາມ ໄດ້ຖືກນຳສະເໜີຢູ່ເສຍມຣາບ ແລະ ກຳປູເຈຍຖືວ່າເປັນແບບຢ່າງທີ່ຈະບັນລຸເທື່ອລະກ້າວ. ໄລຍະທີໜຶ່ງຂອງການຮ່ວມມືຍີ່ປຸ່ນ-ILO ດ້ານການປົກປ້ອງສັງຄົມ (2011-2013) ໄດ້ເນັ້ນໃສ່ປະກັນການຫວ່າງງານ ແລະ ການບໍລິການຈັດຫາງານ ໂດຍສະເພາະໃນຫວຽດນາມ.",
            },
            "vi": {
                "title": "Việt Nam: Bảo hiểm thất nghiệp và dịch vụ việc làm, với sự hợp tác của Nhật Bản và ILO",
                "summary": "Bảo hiểm thất nghiệp của Việt Nam đã được giới thiệu tại Siem Reap và được Campuchia coi là một mô hình cần từng bước hướng tới. Giai đoạn đầu của hợp tác Nhật Bản - ILO về an sinh xã hội (2011-2013) tập trung vào bảo hiểm thất nghiệp và dịch vụ việc làm, đặc biệt tại Việt Nam.",
            },
        },
        "cambodia-national-training-funds": {
            "km": {
                "title": "កម្ពុជា៖ មូលនិធិជាតិបណ្តុះបណ្តាល សម្រាប់ជំនួយបណ្តុះបណ្តាល និងឥណទានខ្នាតតូច",
                "summary": "ដើម្បីបង្កើនលទ្ធភាពទទួលបានការងារ ក្រោមយុទ្ធសាស្ត្រជាតិគាំពារសង្គម មូលនិធិជាតិបណ្តុះបណ្តាលរបស់កម្ពុជា ផ្តល់ជំនួយឥតសំណងសម្រាប់ការបណ្តុះបណ្តាល និងឥណទានខ្នាតតូច ជាពិសេសដល់ប្រជាជននៅតំបន់ជនបទ។",
            },
            "lo": {
                "title": "ກຳປູເຈຍ: ກອງທຶນຝຶກອົບຮົມແຫ່ງຊາດ ສຳລັບທຶນຊ່ວຍເຫຼືອການຝຶກອົບຮົມ ແລະ ສິນເຊື່ອຂະໜາດນ້ອຍ",
                "summary": "ເພື່ອເພີ່ມຄວາມສາມາດໃນການໄດ້ຮັບການຈ້າງງານ ພາຍໃຕ້ຍຸດທະສາດການປົກປ້ອງສັງຄົມແຫ່ງຊາດ ກອງທຶນຝຶກອົບຮົມແຫ່ງຊາດຂອງກຳປູເຈຍ ສະໜອງທຶນຊ່ວຍເຫຼືອການຝຶກອົບຮົມ ແລະ ສິນເຊື່ອຂະໜາດນ້ອຍ ໂດຍສະເພາະໃຫ້ແກ່ປະຊາກອນໃນເຂດຊົນນະບົດ.",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Case studies (3/6)
# ---------------------------------------------------------------------------------------------

CASE_STUDY.update(
    {
        "labournet-india": {
            "km": {
                "title": "ឥណ្ឌា៖ LabourNet ភ្ជាប់អ្នកស្វែងរកការងារ និយោជក និងសន្តិសុខសង្គម",
                "summary": "LabourNet គាំទ្រការអភិវឌ្ឍវិស័យសំណង់ និងវិស័យផ្សេងទៀត ដោយភ្ជាប់និយោជកជាមួយអ្នកស្វែងរកការងារ ជួយកម្មករឱ្យទទួលបានសន្តិសុខសង្គម ធានារ៉ាប់រងសុខភាព និងធានារ៉ាប់រងគ្រោះថ្នាក់ ព្រមទាំងកសាងបណ្តាញអ្នកផ្តល់ការបណ្តុះបណ្តាល។ កម្ពុជាបានទាញយកមេរៀនពីសមត្ថភាពរបស់ LabourNet ក្នុងការកៀរគរភាគីទាំងសងខាង និងពីយន្តការហិរញ្ញប្បទានរបស់ខ្លួន។",
            },
            "lo": {
                "title": "ອິນເດຍ: LabourNet ເຊື່ອມຕໍ່ຜູ້ຊອກວຽກ, ນາຍຈ້າງ ແລະ ປະກັນສັງຄົມ",
                "summary": "LabourNet ສະໜັບສະໜູນການພັດທະນາຂະແໜງການກໍ່ສ້າງ ແລະ ຂະແໜງການອື່ນໆ ໂດຍເຊື່ອມຕໍ່ນາຍຈ້າງກັບຜູ້ຊອກວຽກ, ຊ່ວຍໃຫ້ແຮງງານເຂົ້າເຖິງປະກັນສັງຄົມ, ປະກັນສຸຂະພາບ ແລະ ປະກັນອຸບັດຕິເຫດ, ພ້ອມທັງສ້າງເຄືອຂ່າຍຜູ້ໃຫ້ບໍລິການຝຶກອົບຮົມ. ກຳປູເຈຍໄດ້ຖອດຖອນບົດຮຽນຈາກຄວາມສາມາດຂອງ LabourNet ໃນການລະດົມທັງສອງຝ່າຍ ແລະ ຈາກກົນໄກການເງິນຂອງມັນ.",
            },
        },
        "thailand-ucs-economic-growth": {
            "km": {
                "title": "ថៃ៖ របបធានាគ្របដណ្តប់សកល និងផលប៉ះពាល់របស់វាលើកំណើនសេដ្ឋកិច្ច",
                "summary": "នៅសៀមរាប អ្នកធ្វើបទបង្ហាញបានវិភាគពីផលប៉ះពាល់នៃរបបធានាគ្របដណ្តប់សុខភាពសកលរបស់ថៃ មកលើកំណើនសេដ្ឋកិច្ច។ ILO លើកយកប្រទេសថៃជាប្រទេសគំរូឈានមុខផ្នែកការគ្របដណ្តប់សកល ហើយកម្ពុជាបានដាក់របបនេះក្នុងចំណោមគំរូដែលខ្លួននឹងខិតខំសម្រេចឱ្យបានជាបណ្តើរៗ។",
            },
            "lo": {
                "title": "ໄທ: ລະບົບຫຼັກປະກັນສຸຂະພາບຖ້ວນໜ້າ ແລະ ຜົນກະທົບຕໍ່ການເຕີບໂຕທາງເສດຖະກິດ",
                "summary": "ຢູ່ເສຍມຣາບ ຜູ້ນຳສະເໜີໄດ້ວິເຄາະຜົນກະທົບຂອງລະບົບຫຼັກປະກັນສຸຂະພາບຖ້ວນໜ້າຂອງໄທ ຕໍ່ການເຕີບໂຕທາງເສດຖະກິດ. ILO ຍົກໃຫ້ໄທເປັນປະເທດແບບຢ່າງດ້ານການປົກຄຸມແບບຖ້ວນໜ້າ ແລະ ກຳປູເຈຍໄດ້ຈັດລະບົບນີ້ເປັນໜຶ່ງໃນແບບຢ່າງທີ່ຕົນຈະພະຍາຍາມບັນລຸເທື່ອລະກ້າວ.",
            },
            "th": {
                "title": "ไทย: ระบบหลักประกันสุขภาพถ้วนหน้ากับผลกระทบต่อการเติบโตทางเศรษฐกิจ",
                "summary": "ที่เสียมราฐ ผู้นำเสนอได้วิเคราะห์ผลกระทบของระบบหลักประกันสุขภาพถ้วนหน้าของไทยต่อการเติบโตทางเศรษฐกิจ ILO ยกให้ไทยเป็นประเทศต้นแบบด้านความครอบคลุมถ้วนหน้า และกัมพูชาได้จัดให้ระบบนี้เป็นหนึ่งในต้นแบบที่ตนจะพยายามบรรลุอย่างค่อยเป็นค่อยไป",
            },
        },
        "thailand-long-term-care": {
            "km": {
                "title": "ថៃ៖ ការរៀបចំប្រព័ន្ធថែទាំរយៈពេលវែង ដែលបង្កើតវិស័យសេដ្ឋកិច្ចថ្មី",
                "summary": "គោលនយោបាយថែទាំរយៈពេលវែងរបស់ថៃ ត្រូវបានវិភាគនៅសៀមរាប ដោយសារសក្តានុពលរបស់វាក្នុងការបង្កើតការងារថ្មី និងអ្នកផ្តល់សេវាថ្មី។ ការរៀបចំគោលនយោបាយនេះ រួមមានកញ្ចប់អត្ថប្រយោជន៍ ព្រមទាំងការអភិវឌ្ឍធនធានមនុស្ស ការអនុវត្តតាមស្តង់ដារ និងការផ្តល់សេវាប្រកបដោយប្រសិទ្ធភាព។",
            },
            "lo": {
                "title": "ໄທ: ການອອກແບບລະບົບການດູແລໄລຍະຍາວ ທີ່ສ້າງຂະແໜງເສດຖະກິດໃໝ່",
                "summary": "ນະໂຍບາຍການດູແລໄລຍະຍາວຂອງໄທ ໄດ້ຖືກວິເຄາະຢູ່ເສຍມຣາບ ຍ້ອນມີທ່າແຮງໃນການສ້າງວຽກເຮັດງານທຳ ແລະ ຜູ້ໃຫ້ບໍລິການໃໝ່. ການອອກແບບນະໂຍບາຍນີ້ປະກອບມີຊຸດສິດປະໂຫຍດ ພ້ອມທັງການພັດທະນາຊັບພະຍາກອນມະນຸດ, ການປະຕິບັດຕາມມາດຕະຖານ ແລະ ການໃຫ້ບໍລິການທີ່ມີປະສິດທິພາບ.",
            },
            "th": {
                "title": "ไทย: การออกแบบระบบการดูแลระยะยาวที่สร้างภาคเศรษฐกิจใหม่",
                "summary": "นโยบายการดูแลระยะยาวของไทยได้รับการวิเคราะห์ที่เสียมราฐในแง่ศักยภาพในการสร้างงานใหม่และผู้ให้บริการรายใหม่ การออกแบบนโยบายครอบคลุมชุดสิทธิประโยชน์ ตลอดจนการพัฒนาทรัพยากรมนุษย์ แนวปฏิบัติที่เป็นมาตรฐาน และการให้บริการที่มีประสิทธิภาพ",
            },
        },
        "brazil-bolsa-verde": {
            "km": {
                "title": "ប្រេស៊ីល៖ Bolsa Verde កិច្ចគាំពារសង្គមសម្រាប់ការអភិវឌ្ឍបៃតង",
                "summary": "Bolsa Verde របស់ប្រេស៊ីល បង្ហាញថាកិច្ចគាំពារសង្គមអាចរួមចំណែកដល់ការអភិវឌ្ឍប្រកបដោយចីរភាព និងការអភិវឌ្ឍបៃតង។ អ្នកចូលរួមកម្ពុជានៅសៀមរាប បានកត់សម្គាល់ពីភាពស្រដៀងគ្នារវាងកម្មវិធីនេះ និងយុទ្ធនាការចែកប័ណ្ណកម្មសិទ្ធិដីធ្លីនៅជនបទរបស់កម្ពុជា។",
            },
            "lo": {
                "title": "ບຣາຊິນ: Bolsa Verde, ການປົກປ້ອງສັງຄົມເພື່ອການພັດທະນາສີຂຽວ",
                "summary": "Bolsa Verde ຂອງບຣາຊິນ ສະແດງໃຫ້ເຫັນວ່າ ການປົກປ້ອງສັງຄົມສາມາດປະກອບສ່ວນເຂົ້າໃນການພັດທະນາແບບຍືນຍົງ ແລະ ການພັດທະນາສີຂຽວ. ຜູ້ເຂົ້າຮ່ວມຈາກກຳປູເຈຍຢູ່ເສຍມຣາບ ໄດ້ສັງເກດເຫັນຄວາມຄ້າຍຄືກັນລະຫວ່າງແຜນງານນີ້ ກັບຂະບວນການແຈກຢາຍໃບຕາດິນໃນເຂດຊົນນະບົດຂອງກຳປູເຈຍ.",
            },
            "pt": {
                "title": "Brasil: Bolsa Verde, proteção social para o desenvolvimento verde",
                "summary": "O Bolsa Verde mostra que a proteção social pode contribuir para um desenvolvimento sustentável e verde. Os participantes cambojanos em Siem Reap observaram suas semelhanças com a campanha de distribuição de títulos de propriedade de terras rurais do Camboja.",
            },
        },
        "indonesia-public-works": {
            "km": {
                "title": "ឥណ្ឌូនេស៊ី៖ កម្មវិធីការងារសាធារណៈ សម្រាប់ការងារ និងហេដ្ឋារចនាសម្ព័ន្ធ",
                "summary": "កម្មវិធីការងារសាធារណៈរបស់ឥណ្ឌូនេស៊ី ត្រូវបានបង្ហាញនៅសៀមរាប ថាជាកម្មវិធីដែលផ្តល់ការងាររយៈពេលខ្លី ស្របពេលកសាងហេដ្ឋារចនាសម្ព័ន្ធរូបវន្ត និងអភិវឌ្ឍអ្នកម៉ៅការខ្នាតតូច។ ឯកសាររួមរបស់កម្ពុជាបានកត់សម្គាល់ពីភាពស្រដៀងគ្នាជាមួយកម្មវិធីការងារសាធារណៈរបស់ខ្លួន។",
            },
            "lo": {
                "title": "ອິນໂດເນເຊຍ: ແຜນງານວຽກງານສາທາລະນະ ເພື່ອການຈ້າງງານ ແລະ ພື້ນຖານໂຄງລ່າງ",
                "summary": "ແຜນງານວຽກງານສາທາລະນະຂອງອິນໂດເນເຊຍ ໄດ້ຖືກນຳສະເໜີຢູ່ເສຍມຣາບ ວ່າເປັນແຜນງານທີ່ສ້າງວຽກເຮັດງານທຳໄລຍະສັ້ນ ໃນຂະນະທີ່ກໍ່ສ້າງພື້ນຖານໂຄງລ່າງ ແລະ ພັດທະນາຜູ້ຮັບເໝົາຂະໜາດນ້ອຍ. ເອກະສານຮ່ວມຂອງກຳປູເຈຍ ໄດ້ສັງເກດເຫັນຄວາມຄ້າຍຄືກັນກັບແຜນງານວຽກງານສາທາລະນະຂອງຕົນ.",
            },
            "id": {
                "title": "Indonesia: program pekerjaan umum untuk lapangan kerja dan infrastruktur",
                "summary": "Program pekerjaan umum padat karya Indonesia dipaparkan di Siem Reap sebagai program yang menyediakan lapangan kerja jangka pendek sekaligus membangun infrastruktur fisik dan mengembangkan kontraktor kecil. Dokumen bersama Kamboja mencatat kemiripannya dengan program pekerjaan umum Kamboja sendiri.",
            },
        },
        "cambodia-public-works": {
            "km": {
                "title": "កម្ពុជា៖ កម្មវិធីការងារសាធារណៈ ជាឧបករណ៍អភិវឌ្ឍហេដ្ឋារចនាសម្ព័ន្ធជនបទ",
                "summary": "នៅកម្ពុជា កម្មវិធីការងារសាធារណៈ គឺជាឧបករណ៍ដ៏សំខាន់មួយសម្រាប់អភិវឌ្ឍហេដ្ឋារចនាសម្ព័ន្ធជនបទ។ កម្មវិធីទាំងនេះផ្តល់ការងាររយៈពេលខ្លី កសាងផ្លូវថ្នល់ និងប្រឡាយធារាសាស្ត្រ ព្រមទាំងជួយអភិវឌ្ឍអ្នកម៉ៅការខ្នាតតូច និងមធ្យម។",
            },
            "lo": {
                "title": "ກຳປູເຈຍ: ແຜນງານວຽກງານສາທາລະນະ ເປັນເຄື່ອງມືພັດທະນາພື້ນຖານໂຄງລ່າງຊົນນະບົດ",
                "summary": "ຢູ່ກຳປູເຈຍ ແຜນງານວຽກງານສາທາລະນະ ແມ່ນເຄື່ອງມືສຳຄັນໃນການພັດທະນາພື້ນຖານໂຄງລ່າງຊົນນະບົດ. ແຜນງານເຫຼົ່ານີ້ສ້າງວຽກເຮັດງານທຳໄລຍະສັ້ນ, ກໍ່ສ້າງເສັ້ນທາງ ແລະ ຄອງຊົນລະປະທານ ແລະ ຊ່ວຍພັດທະນາຜູ້ຮັບເໝົາຂະໜາດນ້ອຍ ແລະ ຂະໜາດກາງ.",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Case studies (4/6)
# ---------------------------------------------------------------------------------------------

CASE_STUDY.update(
    {
        "india-rsby-smart-card": {
            "km": {
                "title": "ឥណ្ឌា៖ កាតឆ្លាតវៃ RSBY ប្រព័ន្ធគ្មានក្រដាស និងគ្មានសាច់ប្រាក់",
                "summary": "កាតឆ្លាតវៃ RSBY របស់ឥណ្ឌា គាំទ្រប្រព័ន្ធដែលគ្មានក្រដាស និងគ្មានការប្រើសាច់ប្រាក់ ដើម្បីផ្តល់អត្ថប្រយោជន៍ដល់វិស័យក្រៅប្រព័ន្ធដ៏ធំ។ កាតនេះផ្ទុកព័ត៌មានផ្ទាល់ខ្លួន ស្នាមម្រាមដៃ និងព័ត៌មានសំឡេង ដើម្បីកំណត់អត្តសញ្ញាណ និងផ្ទៀងផ្ទាត់អ្នកទទួលផល។",
            },
            "lo": {
                "title": "ອິນເດຍ: ບັດອັດສະລິຍະ RSBY, ລະບົບທີ່ບໍ່ໃຊ້ເຈ້ຍ ແລະ ບໍ່ໃຊ້ເງິນສົດ",
                "summary": "ບັດອັດສະລິຍະ RSBY ຂອງອິນເດຍ ສະໜັບສະໜູນລະບົບທີ່ບໍ່ໃຊ້ເຈ້ຍ ແລະ ບໍ່ໃຊ້ເງິນສົດ ໃນການຈ່າຍສິດປະໂຫຍດໃຫ້ແກ່ຂະແໜງນອກລະບົບທີ່ມີຂະໜາດໃຫຍ່. ບັດດັ່ງກ່າວບັນຈຸຂໍ້ມູນສ່ວນບຸກຄົນ, ລາຍນິ້ວມື ແລະ ຂໍ້ມູນສຽງ ເພື່ອລະບຸຕົວຕົນ ແລະ ກວດສອບຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ.",
            },
        },
        "colombia-sisben": {
            "km": {
                "title": "កូឡុំប៊ី៖ SISBEN ឧបករណ៍កំណត់គោលដៅដែលកាត់បន្ថយថ្លៃដើម និងពង្រឹងសុចរិតភាព",
                "summary": "SISBEN របស់កូឡុំប៊ី គឺជាឧបករណ៍កំណត់គោលដៅដែលប្រើសម្រាប់កំណត់អត្តសញ្ញាណអ្នកទទួលផល។ វាបានជួយកាត់បន្ថយថ្លៃដើម និងបង្កើនប្រសិទ្ធភាព សុចរិតភាព និងតម្លាភាពនៃអន្តរាគមន៍តាមគោលដៅ ហើយបង្ហាញពីមូលហេតុដែលកម្មវិធីនានាត្រូវរៀបចំឡើងក្នុងលក្ខណៈដែលអាចកែលម្អបានជាបណ្តើរៗ។",
            },
            "lo": {
                "title": "ໂຄລົມເບຍ: SISBEN, ເຄື່ອງມືກຳນົດກຸ່ມເປົ້າໝາຍທີ່ຫຼຸດຕົ້ນທຶນ ແລະ ເສີມສ້າງຄວາມໂປ່ງໃສສຸດຈະລິດ",
                "summary": "SISBEN ຂອງໂຄລົມເບຍ ແມ່ນເຄື່ອງມືກຳນົດກຸ່ມເປົ້າໝາຍທີ່ໃຊ້ເພື່ອລະບຸຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ. ມັນໄດ້ຊ່ວຍຫຼຸດຕົ້ນທຶນ ແລະ ເພີ່ມປະສິດທິພາບ, ຄວາມສຸດຈະລິດ ແລະ ຄວາມໂປ່ງໃສຂອງການຊ່ວຍເຫຼືອແບບມີເປົ້າໝາຍ ແລະ ສະແດງໃຫ້ເຫັນວ່າ ເປັນຫຍັງແຜນງານຕ່າງໆຈຶ່ງຕ້ອງຖືກອອກແບບໃຫ້ສາມາດປັບປຸງໄດ້ເທື່ອລະກ້າວ.",
            },
            "es": {
                "title": "Colombia: el SISBEN, un instrumento de focalización que reduce costos y refuerza la integridad",
                "summary": "El SISBEN de Colombia es un instrumento de focalización que se utiliza para identificar a los beneficiarios. Ha contribuido a reducir costos y a aumentar la eficiencia, la integridad y la transparencia de las intervenciones focalizadas, y muestra por qué los programas deben diseñarse de modo que puedan mejorarse progresivamente.",
            },
        },
        "brazil-cadastro-unico": {
            "km": {
                "title": "ប្រេស៊ីល៖ Cadastro Unico មូលដ្ឋានទិន្នន័យជាតិនៃអ្នកទទួលផល",
                "summary": "Cadastro Unico របស់ប្រេស៊ីល ត្រូវបានបង្ហាញនៅសៀមរាប ក្នុងចំណោមមូលដ្ឋានទិន្នន័យជាតិ និងប្រព័ន្ធកំណត់អត្តសញ្ញាណអ្នកទទួលផល ដែលជួយតាមដានការគ្របដណ្តប់ ធានាថាអ្នកមានសិទ្ធិពិតជាទទួលបានអត្ថប្រយោជន៍របស់ខ្លួន និងវាយតម្លៃកម្មវិធី។",
            },
            "lo": {
                "title": "ບຣາຊິນ: Cadastro Unico, ຖານຂໍ້ມູນແຫ່ງຊາດຂອງຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ",
                "summary": "Cadastro Unico ຂອງບຣາຊິນ ໄດ້ຖືກນຳສະເໜີຢູ່ເສຍມຣາບ ເປັນໜຶ່ງໃນຖານຂໍ້ມູນແຫ່ງຊາດ ແລະ ລະບົບລະບຸຕົວຕົນຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ ທີ່ຊ່ວຍຕິດຕາມການປົກຄຸມ, ຮັບປະກັນໃຫ້ຜູ້ມີສິດໄດ້ຮັບສິດປະໂຫຍດຂອງຕົນ ແລະ ປະເມີນຜົນແຜນງານ.",
            },
            "pt": {
                "title": "Brasil: Cadastro Único, um banco de dados nacional de beneficiários",
                "summary": "O Cadastro Único foi apresentado em Siem Reap entre os bancos de dados nacionais e sistemas de identificação de beneficiários que ajudam a acompanhar a cobertura, a garantir que as pessoas com direito recebam seus benefícios e a avaliar os programas.",
            },
        },
        "thailand-13-digit-id": {
            "km": {
                "title": "ថៃ៖ លេខអត្តសញ្ញាណ 13 ខ្ទង់ សម្រាប់ទទួលបានសិទ្ធិ",
                "summary": "ប្រទេសថៃមានលេខអត្តសញ្ញាណតែមួយគត់ 13 ខ្ទង់ និងប័ណ្ណសម្គាល់ខ្លួន ដែលអ្នកទទួលផលប្រើដើម្បីទទួលបានសិទ្ធិគាំពារសង្គម និងសេវាថែទាំសុខភាព។",
            },
            "lo": {
                "title": "ໄທ: ເລກປະຈຳຕົວ 13 ຫຼັກ ເພື່ອເຂົ້າເຖິງສິດທິ",
                "summary": "ໄທມີເລກປະຈຳຕົວສະເພາະ 13 ຫຼັກ ແລະ ບັດປະຈຳຕົວ ທີ່ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດໃຊ້ເພື່ອເຂົ້າເຖິງສິດທິດ້ານການປົກປ້ອງສັງຄົມ ແລະ ການບໍລິການດ້ານສຸຂະພາບ.",
            },
            "th": {
                "title": "ไทย: เลขประจำตัวประชาชน 13 หลักเพื่อการเข้าถึงสิทธิ",
                "summary": "ไทยมีเลขประจำตัวประชาชน 13 หลักที่ไม่ซ้ำกันและบัตรประจำตัวประชาชน ซึ่งผู้รับประโยชน์ใช้ในการเข้าถึงสิทธิด้านการคุ้มครองทางสังคมและบริการด้านสุขภาพ",
            },
        },
        "cambodia-nsps-coordination": {
            "km": {
                "title": "កម្ពុជា៖ យុទ្ធសាស្ត្រជាតិគាំពារសង្គម និងក្រុមការងារអន្តរក្រសួង",
                "summary": "ក្រោមការដឹកនាំរបស់ CARD កម្ពុជាបានរៀបចំយុទ្ធសាស្ត្រជាតិគាំពារសង្គមសម្រាប់ជនក្រីក្រ និងជនងាយរងគ្រោះ នៅឆ្នាំ 2011 ដោយមានការចូលរួមពីភាគីពាក់ព័ន្ធសំខាន់ៗ និងដៃគូសង្គមទាំងអស់។ ក្រុមការងារអន្តរក្រសួងមួយ ចែករំលែកព័ត៌មានរវាងក្រសួងពាក់ព័ន្ធនានា ដើម្បីអនុវត្តយុទ្ធសាស្ត្រនេះ។",
            },
            "lo": {
                "title": "ກຳປູເຈຍ: ຍຸດທະສາດການປົກປ້ອງສັງຄົມແຫ່ງຊາດ ແລະ ຄະນະເຮັດວຽກລະຫວ່າງກະຊວງ",
                "summary": "ພາຍໃຕ້ການນຳພາຂອງ CARD ກຳປູເຈຍໄດ້ສ້າງຍຸດທະສາດການປົກປ້ອງສັງຄົມແຫ່ງຊາດສຳລັບຜູ້ທຸກຍາກ ແລະ ກຸ່ມສ່ຽງ ໃນປີ 2011 ໂດຍມີການມີສ່ວນຮ່ວມຂອງພາກສ່ວນກ່ຽວຂ້ອງຫຼັກ ແລະ ຄູ່ຮ່ວມສັງຄົມທັງໝົດ. ຄະນະເຮັດວຽກລະຫວ່າງກະຊວງ ແບ່ງປັນຂໍ້ມູນລະຫວ່າງກະຊວງທີ່ກ່ຽວຂ້ອງ ເພື່ອຈັດຕັ້ງປະຕິບັດຍຸດທະສາດດັ່ງກ່າວ.",
            },
        },
        "cambodia-ssdm-single-window": {
            "km": {
                "title": "កម្ពុជា៖ យន្តការផ្តល់សេវាសង្គម ច្រកចេញចូលតែមួយនៅខេត្តសៀមរាប",
                "summary": "SSDM របស់កម្ពុជា គឺជាច្រកចេញចូលតែមួយសម្រាប់សេវាគាំពារសង្គម និងសេវាការងារ ដែលបង្កប់នៅក្នុងរដ្ឋបាលថ្នាក់ក្រោមជាតិ។ យន្តការនេះកំពុងត្រូវបានសាកល្បងនៅស្រុកអង្គរជុំ និងស្រុកស្រីស្នំ នៃខេត្តសៀមរាប ហើយសិក្ខាសាលាឆ្នាំ 2013 បានផ្តល់ធាតុចូលសម្រាប់ការរៀបចំរចនាចុងក្រោយរបស់វា។",
            },
            "lo": {
                "title": "ກຳປູເຈຍ: ກົນໄກການໃຫ້ບໍລິການສັງຄົມ, ປ່ອງຢ້ຽມດຽວຢູ່ເສຍມຣາບ",
                "summary": "SSDM ຂອງກຳປູເຈຍ ແມ່ນຈຸດບໍລິການແບບປ່ອງຢ້ຽມດຽວ ສຳລັບການບໍລິການດ້ານການປົກປ້ອງສັງຄົມ ແລະ ການຈ້າງງານ ທີ່ເຊື່ອມສານຢູ່ໃນອົງການປົກຄອງທ້ອງຖິ່ນ. ກົນໄກນີ້ກຳລັງຖືກທົດລອງຢູ່ເມືອງອັງກໍຈຸມ ແລະ ເມືອງສີສະນຳ ຂອງແຂວງເສຍມຣາບ ແລະ ກອງປະຊຸມສຳມະນາປີ 2013 ໄດ້ປະກອບຄຳເຫັນເຂົ້າໃນການອອກແບບຂັ້ນສຸດທ້າຍຂອງມັນ.",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Case studies (5/6)
# ---------------------------------------------------------------------------------------------

CASE_STUDY.update(
    {
        "thailand-un-joint-team": {
            "km": {
                "title": "ថៃ៖ ក្រុមការងាររួមរវាងអង្គការសហប្រជាជាតិ និងរាជរដ្ឋាភិបាលថៃ ស្តីពីកិច្ចគាំពារសង្គម",
                "summary": "ប្រទេសថៃបានបង្កើតក្រុមការងាររួមរវាងអង្គការសហប្រជាជាតិ និងរាជរដ្ឋាភិបាលថៃ ស្តីពីកិច្ចគាំពារសង្គម ដែលជាឧទាហរណ៍នៃភាគីពាក់ព័ន្ធថ្នាក់ជាតិ និងដៃគូអភិវឌ្ឍន៍ធ្វើការរួមគ្នាក្នុងរចនាសម្ព័ន្ធតែមួយ។ ក្រុមការងារស្រដៀងគ្នានេះ គ្រោងនឹងត្រូវបង្កើតឡើងក្នុងពេលឆាប់ៗនៅសាធារណរដ្ឋប្រជាធិបតេយ្យប្រជាមានិតឡាវ និងម៉ុងហ្គោលី។",
            },
            "lo": {
                "title": "ໄທ: ທີມງານຮ່ວມລະຫວ່າງສະຫະປະຊາຊາດ ແລະ ລັດຖະບານໄທ ດ້ານການປົກປ້ອງສັງຄົມ",
                "summary": "ໄທໄດ້ສ້າງຕັ້ງທີມງານຮ່ວມລະຫວ່າງສະຫະປະຊາຊາດ ແລະ ລັດຖະບານແຫ່ງລາຊະອານາຈັກໄທ ດ້ານການປົກປ້ອງສັງຄົມ ເຊິ່ງເປັນຕົວຢ່າງຂອງພາກສ່ວນກ່ຽວຂ້ອງພາຍໃນປະເທດ ແລະ ຄູ່ຮ່ວມພັດທະນາ ທີ່ເຮັດວຽກຮ່ວມກັນໃນໂຄງສ້າງດຽວ. ທີມງານທີ່ຄ້າຍຄືກັນນີ້ມີກຳນົດຈະຖືກສ້າງຕັ້ງຂຶ້ນໃນໄວໆນີ້ ຢູ່ ສປປ ລາວ ແລະ ມົງໂກລີ.",
            },
            "th": {
                "title": "ไทย: คณะทำงานร่วมระหว่างสหประชาชาติและรัฐบาลไทยด้านการคุ้มครองทางสังคม",
                "summary": "ไทยได้จัดตั้งคณะทำงานร่วมระหว่างสหประชาชาติและรัฐบาลไทยด้านการคุ้มครองทางสังคม ซึ่งเป็นตัวอย่างของการที่ผู้มีส่วนได้ส่วนเสียในประเทศและหุ้นส่วนการพัฒนาทำงานร่วมกันภายใต้โครงสร้างเดียว และมีกำหนดจะจัดตั้งคณะทำงานในลักษณะเดียวกันใน สปป. ลาว และมองโกเลียในเร็ว ๆ นี้",
            },
        },
        "asean-social-protection-framework": {
            "km": {
                "title": "ASEAN៖ គំនិតផ្តួចផ្តើមរបស់កម្ពុជា សម្រាប់ក្របខណ្ឌគាំពារសង្គម ASEAN",
                "summary": "នៅក្នុងកិច្ចប្រជុំកំពូល ASEAN លើកទី 21 នៅរាជធានីភ្នំពេញ (ខែវិច្ឆិកា ឆ្នាំ 2012) កម្ពុជាបានស្នើឱ្យកសាងក្របខណ្ឌគាំពារសង្គម ASEAN។ ក្របខណ្ឌនេះនឹងជួយរដ្ឋជាសមាជិកឱ្យបំពេញតាមស្តង់ដារអប្បបរមាដែលកំណត់ដោយថ្នាក់ជាតិ និងពង្រីកកិច្ចគាំពារ ដោយមានភាពបត់បែនតាមលទ្ធភាពថវិកាជាក់ស្តែងដែលខុសៗគ្នា។",
            },
            "lo": {
                "title": "ASEAN: ຂໍ້ລິເລີ່ມຂອງກຳປູເຈຍ ເພື່ອກອບການປົກປ້ອງສັງຄົມ ASEAN",
                "summary": "ໃນກອງປະຊຸມສຸດຍອດ ASEAN ຄັ້ງທີ 21 ທີ່ນະຄອນຫຼວງພະນົມເປັນ (ເດືອນພະຈິກ 2012) ກຳປູເຈຍໄດ້ສະເໜີໃຫ້ສ້າງກອບການປົກປ້ອງສັງຄົມ ASEAN. ກອບດັ່ງກ່າວຈະຊ່ວຍໃຫ້ບັນດາປະເທດສະມາຊິກບັນລຸມາດຕະຖານຂັ້ນຕ່ຳທີ່ກຳນົດໃນລະດັບຊາດ ແລະ ຂະຫຍາຍການປົກປ້ອງ ໂດຍມີຄວາມຍືດຫຍຸ່ນຕາມສະພາບຄວາມສາມາດທາງດ້ານງົບປະມານທີ່ແຕກຕ່າງກັນ.",
            },
        },
        "nhso-support-nssf-cambodia": {
            "km": {
                "title": "ពីថៃទៅកម្ពុជា៖ ជំនួយបច្ចេកទេសរបស់ NHSO ដល់ NSSF លើការរៀបចំរចនាធានារ៉ាប់រងសុខភាព",
                "summary": "ការិយាល័យសន្តិសុខសុខភាពជាតិថៃ (NHSO) បានផ្តល់ជំនួយបច្ចេកទេសដោយផ្ទាល់ដល់បេឡាជាតិរបបសន្តិសុខសង្គមកម្ពុជា (NSSF) លើការរៀបចំរចនារបបធានារ៉ាប់រងសុខភាព។ ILO លើកឡើងពីករណីនេះថាជាកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង នៅដំណាក់កាលរៀបចំរចនារបប។",
            },
            "lo": {
                "title": "ຈາກໄທສູ່ກຳປູເຈຍ: NHSO ໃຫ້ການສະໜັບສະໜູນດ້ານວິຊາການແກ່ NSSF ໃນການອອກແບບປະກັນສຸຂະພາບ",
                "summary": "ສຳນັກງານຫຼັກປະກັນສຸຂະພາບແຫ່ງຊາດຂອງໄທ (NHSO) ໄດ້ໃຫ້ການສະໜັບສະໜູນດ້ານວິຊາການໂດຍກົງແກ່ກອງທຶນປະກັນສັງຄົມແຫ່ງຊາດຂອງກຳປູເຈຍ (NSSF) ໃນການອອກແບບລະບົບປະກັນສຸຂະພາບ. ILO ຍົກເອົາກໍລະນີນີ້ເປັນການຮ່ວມມືໃຕ້-ໃຕ້ ໃນຂັ້ນຕອນການອອກແບບລະບົບ.",
            },
            "th": {
                "title": "จากไทยสู่กัมพูชา: NHSO ให้การสนับสนุนทางวิชาการแก่ NSSF ในการออกแบบระบบประกันสุขภาพ",
                "summary": "สำนักงานหลักประกันสุขภาพแห่งชาติ (NHSO) ของไทยให้การสนับสนุนทางวิชาการโดยตรงแก่กองทุนประกันสังคมแห่งชาติของกัมพูชา (NSSF) ในการออกแบบระบบประกันสุขภาพ ILO ยกกรณีนี้เป็นความร่วมมือใต้-ใต้ในขั้นการออกแบบระบบ",
            },
        },
        "naresuan-health-financing-centre": {
            "km": {
                "title": "ថៃ៖ មជ្ឈមណ្ឌលឧត្តមភាពផ្នែកហិរញ្ញប្បទានសុខាភិបាលសម្រាប់ ASEAN នៅសាកលវិទ្យាល័យណារេសួន",
                "summary": "មជ្ឈមណ្ឌលឧត្តមភាពផ្នែកហិរញ្ញប្បទានសុខាភិបាលសម្រាប់ ASEAN កំពុងត្រូវបានអភិវឌ្ឍនៅសាកលវិទ្យាល័យណារេសួន ក្នុងប្រទេសថៃ។ ILO បង្ហាញមជ្ឈមណ្ឌលនេះថាជាទម្រង់មួយនៃកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង ដែលគាំទ្រប្រទេសនានានៅដំណាក់កាលរៀបចំរចនារបប។",
            },
            "lo": {
                "title": "ໄທ: ສູນຄວາມເປັນເລີດດ້ານການເງິນສຸຂະພາບສຳລັບ ASEAN ທີ່ມະຫາວິທະຍາໄລນະເຣດວນ",
                "summary": "ສູນຄວາມເປັນເລີດດ້ານການເງິນສຸຂະພາບສຳລັບ ASEAN ກຳລັງຖືກພັດທະນາຢູ່ມະຫາວິທະຍາໄລນະເຣດວນ ໃນປະເທດໄທ. ILO ນຳສະເໜີສູນດັ່ງກ່າວວ່າເປັນຮູບແບບໜຶ່ງຂອງການຮ່ວມມືໃຕ້-ໃຕ້ ທີ່ສະໜັບສະໜູນບັນດາປະເທດໃນຂັ້ນຕອນການອອກແບບລະບົບ.",
            },
            "th": {
                "title": "ไทย: ศูนย์ความเป็นเลิศด้านการคลังสุขภาพสำหรับ ASEAN ที่มหาวิทยาลัยนเรศวร",
                "summary": "ศูนย์ความเป็นเลิศด้านการคลังสุขภาพสำหรับ ASEAN กำลังได้รับการพัฒนาที่มหาวิทยาลัยนเรศวรในประเทศไทย ILO นำเสนอศูนย์นี้ในฐานะรูปแบบหนึ่งของความร่วมมือใต้-ใต้ที่สนับสนุนประเทศต่าง ๆ ในขั้นการออกแบบระบบ",
            },
        },
        "china-experience-cambodia-lao": {
            "km": {
                "title": "បទពិសោធន៍របស់ចិនសម្រាប់កម្ពុជា និងឡាវ៖ បច្ចេកវិទ្យាព័ត៌មាន ការចុះឈ្មោះ អធិការកិច្ច និងសេវាដល់មាត់ទ្វារ",
                "summary": "ប្រទេសចិនបានពង្រីកការគ្របដណ្តប់កិច្ចគាំពារសង្គមដោយជោគជ័យ។ គម្រោងកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង ILO-ចិន ស្នើចែករំលែកប្រព័ន្ធបច្ចេកវិទ្យាព័ត៌មាន យុទ្ធនាការចុះឈ្មោះជាសកល កិច្ចសហការជាមួយអធិការកិច្ចការងារ និងសេវាដល់មាត់ទ្វាររបស់ចិន ជាមួយកម្ពុជា (គ្របដណ្តប់ 12.4 %) និងសាធារណរដ្ឋប្រជាធិបតេយ្យប្រជាមានិតឡាវ (27 %)។",
            },
            "lo": {
                "title": "ປະສົບການຂອງຈີນສຳລັບກຳປູເຈຍ ແລະ ສປປ ລາວ: ເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ, ການລົງທະບຽນ, ການກວດກາ ແລະ ການບໍລິການເຖິງບ້ານ",
                "summary": "ຈີນໄດ້ຂະຫຍາຍການປົກຄຸມຂອງການປົກປ້ອງສັງຄົມຢ່າງປະສົບຜົນສຳເລັດ. ໂຄງການຮ່ວມມືໃຕ້-ໃຕ້ ILO-ຈີນ ສະເໜີແບ່ງປັນລະບົບເຕັກໂນໂລຊີຂໍ້ມູນຂ່າວສານ, ຂະບວນການລົງທະບຽນແບບຖ້ວນໜ້າ, ການຮ່ວມມືກັບການກວດກາແຮງງານ ແລະ ການບໍລິການເຖິງບ້ານຂອງຈີນ ກັບກຳປູເຈຍ (ການປົກຄຸມ 12.4 %) ແລະ ສປປ ລາວ (27 %).",
            },
            "zh-hans": {
                "title": "中国经验助力柬埔寨和老挝：信息技术、参保登记、劳动监察与上门服务",
                "summary": "中国成功扩大了社会保护覆盖面。国际劳工组织—中国南南合作项目提议与柬埔寨（覆盖率12.4 %）和老挝（27 %）分享中国的信息技术系统、全民参保登记行动、与劳动监察部门的协作以及上门服务经验。",
            },
        },
        "mongolia-one-stop-shop": {
            "km": {
                "title": "ម៉ុងហ្គោលី៖ សេវាច្រកចេញចូលតែមួយ (One Stop Shop) ដែលចែករំលែកជាមួយ ASEAN តាមរយៈកិច្ចសហប្រតិបត្តិការជប៉ុន-ILO",
                "summary": "ដំណាក់កាលទី 2 (2014-2016) នៃកិច្ចសហការជប៉ុន-ILO លើកិច្ចគាំពារសង្គម បានផ្តោតលើម៉ុងហ្គោលី និង ASEAN។ តំណាងរដ្ឋជាសមាជិក ASEAN ត្រូវបានអញ្ជើញទៅម៉ុងហ្គោលី ដើម្បីចែករំលែកបទពិសោធន៍ស្តីពីការផ្តល់សេវារួមបញ្ចូលគ្នា និងរៀនសូត្រពីសេវាច្រកចេញចូលតែមួយ (One Stop Shop) របស់ម៉ុងហ្គោលី។",
            },
            "lo": {
                "title": "ມົງໂກລີ: ຈຸດບໍລິການປະຕູດຽວ (One Stop Shop) ທີ່ແບ່ງປັນກັບ ASEAN ຜ່ານການຮ່ວມມືຍີ່ປຸ່ນ-ILO",
                "summary": "ໄລຍະທີ 2 (2014-2016) ຂອງການຮ່ວມມືຍີ່ປຸ່ນ-ILO ດ້ານການປົກປ້ອງສັງຄົມ ໄດ້ເນັ້ນໃສ່ມົງໂກລີ ແລະ ASEAN. ຜູ້ຕາງໜ້າຈາກບັນດາປະເທດສະມາຊິກ ASEAN ໄດ້ຮັບເຊີນໄປມົງໂກລີ ເພື່ອແລກປ່ຽນປະສົບການກ່ຽວກັບການໃຫ້ບໍລິການແບບປະສົມປະສານ ແລະ ຮຽນຮູ້ຈາກຈຸດບໍລິການປະຕູດຽວ (One Stop Shop) ຂອງມົງໂກລີ.",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Case studies (6/6)
# ---------------------------------------------------------------------------------------------

CASE_STUDY.update(
    {
        "lao-luxembourg-health-protection": {
            "km": {
                "title": "ឡាវ៖ មូលនិធិសាមគ្គីភាពវាំងវៀង និងគម្រោងគាំពារសុខភាពឡាវ-លុចសំបួ",
                "summary": "គម្រោងរបស់ ILO-WHO ដែលឧបត្ថម្ភថវិកាដោយលុចសំបួ បានគាំទ្ររបបធានារ៉ាប់រងសុខភាពជាតិឡាវ និងការពង្រីកការគ្របដណ្តប់របស់វា។ មូលនិធិសាមគ្គីភាពដែលគម្រោងនេះបានរៀបចំឡើងនៅស្រុកវាំងវៀង នឹងត្រូវបានរដ្ឋាភិបាលពង្រីកទៅស្រុកផ្សេងទៀត ប៉ុន្តែការចុះឈ្មោះនៅតំបន់ជនបទនៅតែជាកង្វល់។",
            },
            "lo": {
                "title": "ສປປ ລາວ: ກອງທຶນສາມັກຄີເມືອງວັງວຽງ ແລະ ໂຄງການປົກປ້ອງສຸຂະພາບ ລາວ-ລັກເຊມເບີກ",
                "summary": "ໂຄງການ ILO-WHO ທີ່ໄດ້ຮັບທຶນຈາກລັກເຊມເບີກ ໄດ້ສະໜັບສະໜູນລະບົບປະກັນສຸຂະພາບແຫ່ງຊາດຂອງລາວ ແລະ ການຂະຫຍາຍການປົກຄຸມຂອງລະບົບດັ່ງກ່າວ. ກອງທຶນສາມັກຄີທີ່ໂຄງການອອກແບບຢູ່ເມືອງວັງວຽງ ຈະຖືກລັດຖະບານຂະຫຍາຍໄປສູ່ເມືອງອື່ນໆ; ແຕ່ການລົງທະບຽນເຂົ້າຮ່ວມໃນເຂດຊົນນະບົດຍັງເປັນບັນຫາທີ່ໜ້າເປັນຫ່ວງ.",
            },
        },
        "brazil-cplp-south-south": {
            "km": {
                "title": "ប្រេស៊ីល៖ កិច្ចសហប្រតិបត្តិការត្បូង-ត្បូងក្នុង CPLP ជាមួយទីម័រខាងកើត និងប៉ារ៉ាហ្គាយ",
                "summary": "ប្រេស៊ីលចូលរួមក្នុងកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង នៅក្នុងសហគមន៍ប្រទេសនិយាយភាសាព័រទុយហ្គាល់ ស្តីពីពលកម្មកុមារ និងកិច្ចគាំពារសង្គម ទាំងនៅកម្រិតគោលនយោបាយ និងកម្រិតបច្ចេកទេស។ ILO សម្របសម្រួលការផ្លាស់ប្តូរបទពិសោធន៍រវាងដៃគូជាមួយទីម័រខាងកើត និងប៉ារ៉ាហ្គាយ ដោយផ្អែកលើ Bolsa Verde និង Bolsa Familia។",
            },
            "lo": {
                "title": "ບຣາຊິນ: ການຮ່ວມມືໃຕ້-ໃຕ້ ໃນ CPLP ກັບຕີມໍ-ເລສເຕ ແລະ ປາຣາກວາຍ",
                "summary": "ບຣາຊິນມີສ່ວນຮ່ວມໃນການຮ່ວມມືໃຕ້-ໃຕ້ ພາຍໃນປະຊາຄົມປະເທດທີ່ໃຊ້ພາສາປອກຕຸຍການ ກ່ຽວກັບແຮງງານເດັກ ແລະ ການປົກປ້ອງສັງຄົມ ທັງໃນລະດັບນະໂຍບາຍ ແລະ ລະດັບວິຊາການ. ILO ອຳນວຍຄວາມສະດວກໃຫ້ແກ່ການແລກປ່ຽນລະຫວ່າງເພື່ອນຮ່ວມວິຊາຊີບກັບຕີມໍ-ເລສເຕ ແລະ ປາຣາກວາຍ ໂດຍອີງໃສ່ Bolsa Verde ແລະ Bolsa Familia.",
            },
            "pt": {
                "title": "Brasil: cooperação Sul-Sul na CPLP com Timor-Leste e o Paraguai",
                "summary": "O Brasil desenvolve cooperação Sul-Sul no âmbito da Comunidade dos Países de Língua Portuguesa sobre trabalho infantil e proteção social, nos níveis político e técnico. A OIT facilita intercâmbios entre pares com Timor-Leste e o Paraguai que se apoiam no Bolsa Verde e no Bolsa Família.",
            },
        },
        "geely-global-business-network": {
            "km": {
                "title": "ចិន៖ Geely និងបណ្តាញអាជីវកម្មសកលសម្រាប់មូលដ្ឋានគាំពារសង្គម",
                "summary": "ក្រុមហ៊ុន Geely Holding Group ដែលជាសមាជិកស្ថាបនិកនៃបណ្តាញអាជីវកម្មសកលសម្រាប់មូលដ្ឋានគាំពារសង្គម ដែលបានដាក់ឱ្យដំណើរការនៅឆ្នាំ 2015 អះអាងថា ការខ្វះកិច្ចគាំពារសង្គម ឬកិច្ចគាំពារសង្គមដែលមិនត្រឹមត្រូវ បង្កើនថ្លៃដើមសម្រាប់សហគ្រាស និងបង្កឱ្យមានការប្រកួតប្រជែងមិនយុត្តិធម៌ ហើយក្រុមហ៊ុននេះគាំទ្រឱ្យមានក្របខណ្ឌច្បាប់ដែលប្រសើរជាងមុន។",
            },
            "lo": {
                "title": "ຈີນ: Geely ແລະ ເຄືອຂ່າຍທຸລະກິດສາກົນເພື່ອພື້ນຖານການປົກປ້ອງສັງຄົມ",
                "summary": "Geely Holding Group ເຊິ່ງເປັນສະມາຊິກຜູ້ກໍ່ຕັ້ງຂອງເຄືອຂ່າຍທຸລະກິດສາກົນເພື່ອພື້ນຖານການປົກປ້ອງສັງຄົມ ທີ່ເປີດຕົວໃນປີ 2015 ຊີ້ໃຫ້ເຫັນວ່າ ການຂາດການປົກປ້ອງສັງຄົມ ຫຼື ການປົກປ້ອງສັງຄົມທີ່ບໍ່ຖືກຕ້ອງ ເຮັດໃຫ້ຕົ້ນທຶນຂອງວິສາຫະກິດສູງຂຶ້ນ ແລະ ກໍ່ໃຫ້ເກີດການແຂ່ງຂັນທີ່ບໍ່ຍຸຕິທຳ ແລະ ສົ່ງເສີມໃຫ້ມີກອບກົດໝາຍທີ່ດີກວ່າເກົ່າ.",
            },
            "zh-hans": {
                "title": "中国：吉利（Geely）与社会保护底线全球企业网络",
                "summary": "吉利控股集团（Geely Holding Group）是2015年成立的社会保护底线全球企业网络的创始成员。该集团认为，社会保护缺失或不准确会增加企业成本并造成不公平竞争，因此倡导建立更完善的法律框架。",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Country profiles: introduction in the country's language
# ---------------------------------------------------------------------------------------------

COUNTRY.update(
    {
        "KH": {
            "km": {
                "intro": "<p>កម្ពុជាបានរៀបចំយុទ្ធសាស្ត្រជាតិគាំពារសង្គមសម្រាប់ជនក្រីក្រ និងជនងាយរងគ្រោះ (NSPS) នៅឆ្នាំ 2011 ក្រោមការដឹកនាំរបស់ក្រុមប្រឹក្សាស្តីពីអភិវឌ្ឍន៍កសិកម្ម និងជនបទ (CARD) ហើយកំពុងសាកល្បងយន្តការផ្តល់សេវាសង្គម (SSDM) តាមបែបច្រកចេញចូលតែមួយ នៅស្រុកអង្គរជុំ និងស្រុកស្រីស្នំ នៃខេត្តសៀមរាប។ កម្ពុជាបានធ្វើជាម្ចាស់ផ្ទះសិក្ខាសាលាបច្ចេកទេសនៅសៀមរាប នាខែឧសភា ឆ្នាំ 2013 និងបានស្នើក្របខណ្ឌគាំពារសង្គម ASEAN នៅក្នុងកិច្ចប្រជុំកំពូល ASEAN លើកទី 21 នាខែវិច្ឆិកា ឆ្នាំ 2012។</p>",
            },
        },
        "LA": {
            "lo": {
                "intro": "<p>ການປົກປ້ອງສັງຄົມແມ່ນບູລິມະສິດສຳຄັນຂອງກອບການຊ່ວຍເຫຼືອເພື່ອການພັດທະນາຂອງສະຫະປະຊາຊາດ 2017-2021 ແລະ ຂອງແຜນພັດທະນາເສດຖະກິດ-ສັງຄົມແຫ່ງຊາດ ຄັ້ງທີ 8 (2016-2020) ຂອງ ສປປ ລາວ ແລະ ລັດຖະບານມີແຜນຈະສ້າງຍຸດທະສາດການປົກປ້ອງສັງຄົມ ເພື່ອມຸ່ງໄປສູ່ການຈັດຕັ້ງປະຕິບັດພື້ນຖານການປົກປ້ອງສັງຄົມເທື່ອລະກ້າວ. ໂຄງການ ILO-WHO ທີ່ໄດ້ຮັບທຶນຈາກລັກເຊມເບີກ ໄດ້ສະໜັບສະໜູນລະບົບປະກັນສຸຂະພາບແຫ່ງຊາດຂອງລາວ ແລະ ກອງທຶນສາມັກຄີໃນເມືອງວັງວຽງ.</p>",
            },
        },
        "TH": {
            "th": {
                "intro": "<p>ILO ยกให้ไทยเป็นประเทศต้นแบบจากระบบหลักประกันสุขภาพถ้วนหน้า ประสบการณ์ของไทยที่ปรากฏในเอกสารต้นทาง ได้แก่ ศูนย์พึ่งได้ (One Stop Crisis Centre) เลขประจำตัวประชาชน 13 หลัก การออกแบบระบบการดูแลระยะยาว คณะทำงานร่วมระหว่างสหประชาชาติและรัฐบาลไทยด้านการคุ้มครองทางสังคม การสนับสนุนโดยตรงจาก NHSO แก่ NSSF ของกัมพูชา และศูนย์ความเป็นเลิศด้านการคลังสุขภาพที่มหาวิทยาลัยนเรศวร</p>",
            },
        },
        "CN": {
            "zh-hans": {
                "intro": "<p>中国成功扩大了社会保护覆盖面，在一体化信息系统、全民参保登记、与劳动监察部门协作以及上门服务等方面积累了经验。中国支持了在老挝和柬埔寨开展的公共就业服务南南合作项目，人力资源和社会保障部希望与国际劳工组织合作，在东盟推进可持续发展目标。</p>",
            },
        },
        "VN": {
            "vi": {
                "intro": "<p>Bảo hiểm thất nghiệp của Việt Nam đã được giới thiệu tại hội thảo Siem Reap, và Campuchia coi đây là một trong những mô hình mà mình hướng tới. Hợp tác Nhật Bản - ILO đã tập trung vào bảo hiểm thất nghiệp và dịch vụ việc làm tại Việt Nam trong giai đoạn 2011-2013, và vào việc mở rộng an sinh xã hội tại Việt Nam và Indonesia trong giai đoạn 2017-2019.</p>",
            },
        },
        "ID": {
            "id": {
                "intro": "<p>Indonesia membagikan pengalaman program pekerjaan umum dan contoh penyelenggaraan layanan yang terdesentralisasi di Siem Reap, dan Mission Convergence (India) telah membagikan pengalaman layanan satu pintunya di Indonesia. Fase 3 kerja sama Jepang-ILO (2017-2019) berfokus pada perluasan perlindungan sosial di Indonesia dan Vietnam.</p>",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Country needs, keyed "<ISO>:<index in COUNTRIES[ISO]['needs']>"
# ---------------------------------------------------------------------------------------------

NEED.update(
    {
        "KH:0": {
            "km": {
                "title": "ធានារ៉ាប់រងសុខភាពសម្រាប់វិស័យឯកជន",
                "text": "ក្នុងរយៈពេលខ្លី កម្ពុជាត្រូវដាក់ឱ្យអនុវត្តធានារ៉ាប់រងសុខភាពសម្រាប់វិស័យឯកជន។ កម្ពុជាក៏ស្ថិតក្នុងចំណោមប្រទេស ASEAN ដែលកំពុងសិក្សាពីធានារ៉ាប់រងសុខភាពផងដែរ។",
            },
        },
        "KH:1": {
            "km": {
                "title": "ការផ្ទេរសាច់ប្រាក់សម្រាប់ក្រុមងាយរងគ្រោះ",
                "text": "ក្នុងរយៈពេលខ្លី កម្ពុជាត្រូវដាក់ឱ្យអនុវត្តការផ្ទេរសាច់ប្រាក់សម្រាប់ក្រុមងាយរងគ្រោះមួយចំនួន។",
            },
        },
        "KH:2": {
            "km": {
                "title": "ការដាក់ឱ្យដំណើរការយន្តការផ្តល់សេវាសង្គម",
                "text": "កម្ពុជាត្រូវដាក់ឱ្យដំណើរការ SSDM ដែលជាច្រកចេញចូលតែមួយសម្រាប់សេវាគាំពារសង្គម និងសេវាការងារ បង្កប់នៅក្នុងរដ្ឋបាលថ្នាក់ក្រោមជាតិ ហើយបច្ចុប្បន្នកំពុងត្រូវបានសាកល្បងនៅស្រុកចំនួនពីរនៃខេត្តសៀមរាប។",
            },
        },
        "KH:3": {
            "km": {
                "title": "ការបែងចែកថវិកាសម្រាប់ NSPS",
                "text": "ក្នុងរយៈពេលខ្លី កម្ពុជាត្រូវដោះស្រាយបញ្ហាការបែងចែកថវិកាសម្រាប់ការអនុវត្តយុទ្ធសាស្ត្រជាតិគាំពារសង្គម។",
            },
        },
        "KH:4": {
            "km": {
                "title": "យុទ្ធសាស្ត្រជាតិស្តីពីការងារ",
                "text": "ក្នុងរយៈពេលមធ្យម កម្ពុជាត្រូវរៀបចំយុទ្ធសាស្ត្រជាតិស្តីពីការងារ ដែលផ្សារភ្ជាប់ជាមួយកិច្ចគាំពារសង្គម។",
            },
        },
        "KH:5": {
            "km": {
                "title": "កិច្ចសហប្រតិបត្តិការជាមួយប្រទេស ASEAN",
                "text": "ក្នុងរយៈពេលមធ្យម កម្ពុជាមានបំណងសហការជាមួយប្រទេស ASEAN ក្នុងការអនុវត្តអន្តរាគមន៍គាំពារសង្គម។",
            },
        },
        "KH:6": {
            "km": {
                "title": "ការកសាងសមត្ថភាព និងការលើកកម្ពស់ការយល់ដឹង",
                "text": "ក្នុងរយៈពេលមធ្យម កម្ពុជាត្រូវការការកសាងសមត្ថភាព និងការលើកកម្ពស់ការយល់ដឹងអំពីកិច្ចគាំពារសង្គម។",
            },
        },
        "KH:7": {
            "km": {
                "title": "ការផ្តល់អត្ថប្រយោជន៍រួមបញ្ចូលគ្នា និងប្រព័ន្ធបច្ចេកវិទ្យាព័ត៌មានគ្រប់ជ្រុងជ្រោយ",
                "text": "គម្រោង ILO-ចិន នឹងជួយកម្ពុជាកសាងសមត្ថភាពស្ថាប័ន បង្កើតយន្តការផ្តល់អត្ថប្រយោជន៍រួមបញ្ចូលគ្នា និងអភិវឌ្ឍប្រព័ន្ធបច្ចេកវិទ្យាព័ត៌មានគ្រប់ជ្រុងជ្រោយ។",
            },
        },
        "KH:8": {
            "km": {
                "title": "ការបណ្តុះបណ្តាលវិជ្ជាជីវៈ និងផលិតភាពការងារ",
                "text": "ក្នុងរយៈពេលវែង កម្ពុជាត្រូវបង្កើនផលិតភាពការងារ និងពង្រឹងការបណ្តុះបណ្តាលវិជ្ជាជីវៈ។",
            },
        },
        "KH:9": {
            "km": {
                "title": "ការកែលម្អប្រព័ន្ធព័ត៌មានគ្រប់គ្រង",
                "text": "ក្នុងរយៈពេលវែង កម្ពុជាត្រូវកែលម្អប្រព័ន្ធព័ត៌មានគ្រប់គ្រងសម្រាប់កិច្ចគាំពារសង្គម។",
            },
        },
        "KH:10": {
            "km": {
                "title": "ភាពជាដៃគូរវាងរដ្ឋ និងឯកជន",
                "text": "ក្នុងរយៈពេលវែង កម្ពុជាត្រូវកសាងភាពជាដៃគូរវាងរដ្ឋ និងឯកជន។",
            },
        },
        "KH:11": {
            "km": {
                "title": "វប្បធម៌នៃការរួមចំណែកសង្គម និងសាមគ្គីភាព",
                "text": "ការបណ្តុះវប្បធម៌នៃការរួមចំណែកសង្គម និងសាមគ្គីភាព អាចជួយកែលម្អការប្រមូលពន្ធ និងហិរញ្ញប្បទានសម្រាប់អន្តរាគមន៍គាំពារសង្គម និងការងារ។",
            },
        },
        "LA:0": {
            "lo": {
                "title": "ຍຸດທະສາດການປົກປ້ອງສັງຄົມແຫ່ງຊາດ",
                "text": "ຄະນະກຳມະການທີ່ປຶກສາແຫ່ງຊາດດ້ານການປົກປ້ອງສັງຄົມ ຕ້ອງການການສະໜັບສະໜູນເພື່ອສ້າງ ແລະ ຈັດຕັ້ງປະຕິບັດຍຸດທະສາດການປົກປ້ອງສັງຄົມແຫ່ງຊາດທີ່ຮອບດ້ານ ແລະ ກອບສຳລັບການຈັດຕັ້ງປະຕິບັດພື້ນຖານການປົກປ້ອງສັງຄົມເທື່ອລະກ້າວ.",
            },
        },
        "LA:1": {
            "lo": {
                "title": "ການລົງທະບຽນເຂົ້າປະກັນສຸຂະພາບໃນເຂດຊົນນະບົດ",
                "text": "ໃນຂະນະທີ່ກອງທຶນສາມັກຄີກຳລັງຖືກຂະຫຍາຍໄປສູ່ເມືອງອື່ນໆ ຍັງມີຄວາມເປັນຫ່ວງກ່ຽວກັບອັດຕາການລົງທະບຽນໃນເຂດຊົນນະບົດ ແລະ ຄວາມບໍ່ສອດຄ່ອງກັນລະຫວ່າງດ້ານຄວາມຕ້ອງການ ແລະ ດ້ານການສະໜອງຂອງການປົກປ້ອງສຸຂະພາບ.",
            },
        },
        "LA:2": {
            "lo": {
                "title": "ຄວາມຮູ້, ຄວາມຊ່ຽວຊານ ແລະ ຄວາມອາດສາມາດ",
                "text": "ຄວາມຄືບໜ້າຍັງຊັກຊ້າ ສ່ວນໃຫຍ່ແມ່ນຍ້ອນຄວາມຮູ້, ຄວາມຊ່ຽວຊານ ແລະ ຄວາມອາດສາມາດທີ່ຈຳເປັນໃນການວາງແຜນ, ດຳເນີນງານ ແລະ ຕິດຕາມກວດກາລະບົບການປົກປ້ອງສັງຄົມ ຍັງບໍ່ພຽງພໍ.",
            },
        },
        "LA:3": {
            "lo": {
                "title": "ທີມງານຮ່ວມລະຫວ່າງລັດຖະບານ ແລະ ຄູ່ຮ່ວມພັດທະນາ",
                "text": "ທີມງານຮ່ວມລະຫວ່າງພາກສ່ວນກ່ຽວຂ້ອງພາຍໃນປະເທດ ແລະ ຄູ່ຮ່ວມພັດທະນາ ດ້ານການປົກປ້ອງສັງຄົມ ຕາມແບບຢ່າງຂອງໄທ ມີກຳນົດຈະຖືກສ້າງຕັ້ງຂຶ້ນໃນໄວໆນີ້.",
            },
        },
        "TH:0": {
            "th": {
                "title": "เงินอุดหนุนเพื่อการเลี้ยงดูเด็ก",
                "text": "ไทยกำลังพิจารณาการจัดให้มีเงินอุดหนุนเพื่อการเลี้ยงดูเด็ก",
            },
        },
        "ID:0": {
            "id": {
                "title": "Jaminan kesehatan",
                "text": "Indonesia sedang mengkaji jaminan kesehatan.",
            },
        },
        "TL:0": {
            "pt": {
                "title": "Trabalho infantil e proteção social",
                "text": "Timor-Leste aprende com a experiência do Brasil, incluindo o Bolsa Família e o Bolsa Verde, sobre trabalho infantil e proteção social, nos níveis político e técnico.",
            },
        },
        "PY:0": {
            "es": {
                "title": "Trabajo infantil y protección social",
                "text": "El Paraguay aprende de la experiencia del Brasil, incluidos Bolsa Familia y Bolsa Verde, en materia de trabajo infantil y protección social, en los planos político y técnico.",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Events (1/2)
# ---------------------------------------------------------------------------------------------

EVENT.update(
    {
        "siem-reap-workshop-2013": {
            "km": {
                "title": "ការធ្វើសមាហរណកម្មគោលនយោបាយសង្គម និងការផ្តល់មូលដ្ឋានគាំពារសង្គម",
                "summary": "សិក្ខាសាលាបច្ចេកទេសរយៈពេលបីថ្ងៃ ដែលរៀបចំរួមគ្នាដោយរាជរដ្ឋាភិបាលកម្ពុជា និង ILO ដើម្បីចែករំលែកបទពិសោធន៍សម្រាប់ការអនុវត្តយុទ្ធសាស្ត្រជាតិគាំពារសង្គមរបស់កម្ពុជា និងសម្រាប់ការអភិវឌ្ឍមូលដ្ឋានគាំពារសង្គមដែលកំណត់ដោយថ្នាក់ជាតិនៅក្នុង ASEAN។ អ្នកចូលរួមចំនួន 120 នាក់ បានពិភាក្សាអំពីបទពិសោធន៍របស់ប្រទេសនានាច្រើនជាង 25 ក្នុងវគ្គតាមប្រធានបទចំនួនប្រាំមួយ ដែលក្រោយមកបានក្លាយជាជំពូកទាំងប្រាំមួយនៃមគ្គុទ្ទេសក៍ការអនុវត្តល្អ SPF។",
            },
            "lo": {
                "title": "ການເຊື່ອມສານນະໂຍບາຍສັງຄົມ ແລະ ການຈັດຕັ້ງປະຕິບັດພື້ນຖານການປົກປ້ອງສັງຄົມ",
                "summary": "ກອງປະຊຸມສຳມະນາທາງວິຊາການເປັນເວລາສາມວັນ ທີ່ຈັດຂຶ້ນຮ່ວມກັນໂດຍລັດຖະບານແຫ່ງລາຊະອານາຈັກກຳປູເຈຍ ແລະ ILO ເພື່ອແລກປ່ຽນປະສົບການໃນການຈັດຕັ້ງປະຕິບັດຍຸດທະສາດການປົກປ້ອງສັງຄົມແຫ່ງຊາດຂອງກຳປູເຈຍ ແລະ ໃນການພັດທະນາພື້ນຖານການປົກປ້ອງສັງຄົມທີ່ກຳນົດໃນລະດັບຊາດໃນ ASEAN. ຜູ້ເຂົ້າຮ່ວມ 120 ຄົນ ໄດ້ປຶກສາຫາລືກ່ຽວກັບປະສົບການຂອງປະເທດຕ່າງໆຫຼາຍກວ່າ 25 ກໍລະນີ ໃນຫົກກອງປະຊຸມຍ່ອຍຕາມຫົວຂໍ້ ເຊິ່ງຕໍ່ມາໄດ້ກາຍເປັນຫົກພາກຂອງຄູ່ມືການປະຕິບັດທີ່ດີ SPF.",
            },
        },
        "siem-reap-reference-group-2013": {
            "km": {
                "title": "កិច្ចប្រជុំក្រុមអ្នកជំនាញយោង ស្តីពីមគ្គុទ្ទេសក៍ការអនុវត្តល្អ SPF",
                "summary": "បន្ទាប់ពីសិក្ខាសាលានៅសៀមរាប មានកិច្ចប្រជុំរបស់ក្រុមអ្នកជំនាញយោង មកពី ASEAN ពីប្រទេសផ្សេងទៀតនៅអាស៊ី និងប៉ាស៊ីហ្វិក និងពីជុំវិញពិភពលោក។ ក្រុមនេះ ដែលមានសមាសភាពជាអ្នកជំនាញបច្ចេកទេស និងអ្នករៀបចំគោលនយោបាយមកពីប្រទេសដែលបានចូលរួម ត្រូវរួមចំណែកក្នុងការតាក់តែងមគ្គុទ្ទេសក៍ការអនុវត្តល្អ SPF។",
            },
            "lo": {
                "title": "ກອງປະຊຸມຂອງກຸ່ມຜູ້ຊ່ຽວຊານອ້າງອີງ ກ່ຽວກັບຄູ່ມືການປະຕິບັດທີ່ດີ SPF",
                "summary": "ພາຍຫຼັງກອງປະຊຸມສຳມະນາທີ່ເສຍມຣາບ ໄດ້ມີກອງປະຊຸມຂອງກຸ່ມຜູ້ຊ່ຽວຊານອ້າງອີງ ທີ່ມາຈາກ ASEAN, ຈາກປະເທດອື່ນໆໃນອາຊີ ແລະ ປາຊີຟິກ ແລະ ຈາກທົ່ວໂລກ. ກຸ່ມດັ່ງກ່າວ ເຊິ່ງປະກອບດ້ວຍຜູ້ຊ່ຽວຊານດ້ານວິຊາການ ແລະ ຜູ້ວາງນະໂຍບາຍຈາກບັນດາປະເທດທີ່ເຂົ້າຮ່ວມ ມີໜ້າທີ່ປະກອບສ່ວນເຂົ້າໃນການຮ່າງຄູ່ມືການປະຕິບັດທີ່ດີ SPF.",
            },
        },
        "ilo-china-ssc-project": {
            "km": {
                "title": "គម្រោងកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង ILO-ចិន ស្តីពីការកសាងមូលដ្ឋានគាំពារសង្គម",
                "summary": "គម្រោងដែលបានស្នើឡើង ដើម្បីផ្ទេរបទពិសោធន៍របស់ចិនក្នុងការពង្រីកកិច្ចគាំពារសង្គម ទៅកម្ពុជា និងសាធារណរដ្ឋប្រជាធិបតេយ្យប្រជាមានិតឡាវ ដែលមានអត្រាគ្របដណ្តប់ប្រមាណ 12.4 % និង 27 %។ គម្រោងនេះមានខ្សែថវិកាបីក្នុងរយៈពេលបីឆ្នាំ៖ កម្ពុជា ឡាវ និងការកសាងសមត្ថភាព និងការចែករំលែកចំណេះដឹងនៅក្នុង ASEAN រួមទាំងដំណើរទស្សនកិច្ចសិក្សានៅប្រទេសចិន។",
            },
            "lo": {
                "title": "ໂຄງການຮ່ວມມືໃຕ້-ໃຕ້ ILO-ຈີນ ວ່າດ້ວຍການສ້າງພື້ນຖານການປົກປ້ອງສັງຄົມ",
                "summary": "ໂຄງການທີ່ໄດ້ສະເໜີ ເພື່ອຖ່າຍທອດປະສົບການຂອງຈີນໃນການຂະຫຍາຍການປົກປ້ອງສັງຄົມ ໃຫ້ແກ່ກຳປູເຈຍ ແລະ ສປປ ລາວ ເຊິ່ງມີອັດຕາການປົກຄຸມປະມານ 12.4 % ແລະ 27 %. ໂຄງການມີສາມລາຍການງົບປະມານ ໃນໄລຍະສາມປີ: ກຳປູເຈຍ, ສປປ ລາວ ແລະ ການສ້າງຄວາມອາດສາມາດ ແລະ ການແບ່ງປັນຄວາມຮູ້ໃນ ASEAN ລວມທັງການທັດສະນະສຶກສາຢູ່ຈີນ.",
            },
        },
        "china-study-tour-planned": {
            "km": {
                "title": "ដំណើរទស្សនកិច្ចសិក្សានៅប្រទេសចិន ដែលគ្រោងទុកសម្រាប់ប្រទេស ASEAN",
                "summary": "គ្រោងទុកក្រោមគម្រោងកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង ILO-ចិន៖ ដំណើរទស្សនកិច្ចសិក្សានៅប្រទេសចិន ជាផ្នែកមួយនៃការកសាងសមត្ថភាព និងការចែករំលែកចំណេះដឹងនៅក្នុងប្រទេស ASEAN ដើម្បីគាំទ្រសេចក្តីប្រកាស ASEAN ស្តីពីការពង្រឹងកិច្ចគាំពារសង្គម។",
            },
            "lo": {
                "title": "ການທັດສະນະສຶກສາຢູ່ຈີນ ທີ່ວາງແຜນໄວ້ສຳລັບບັນດາປະເທດ ASEAN",
                "summary": "ວາງແຜນໄວ້ພາຍໃຕ້ໂຄງການຮ່ວມມືໃຕ້-ໃຕ້ ILO-ຈີນ: ການທັດສະນະສຶກສາຢູ່ຈີນ ເຊິ່ງເປັນສ່ວນໜຶ່ງຂອງການສ້າງຄວາມອາດສາມາດ ແລະ ການແບ່ງປັນຄວາມຮູ້ໃນບັນດາປະເທດ ASEAN ເພື່ອສະໜັບສະໜູນຖະແຫຼງການ ASEAN ວ່າດ້ວຍການເສີມສ້າງການປົກປ້ອງສັງຄົມ.",
            },
        },
        "china-pes-ssc-project": {
            "km": {
                "title": "គម្រោងកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង ស្តីពីសេវាការងារសាធារណៈ នៅឡាវ និងកម្ពុជា",
                "summary": "ប្រទេសចិនបានគាំទ្រគម្រោងកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង និងត្រីភាគី ស្តីពីសេវាការងារសាធារណៈ នៅសាធារណរដ្ឋប្រជាធិបតេយ្យប្រជាមានិតឡាវ និងកម្ពុជា។ បន្ទាប់ពីភាពជោគជ័យរបស់គម្រោងនេះ MOHRSS របស់ចិនបានបង្ហាញចំណាប់អារម្មណ៍យ៉ាងច្បាស់ចំពោះដំណាក់កាលបន្ទាប់ដែលផ្តោតលើកិច្ចគាំពារសង្គម។",
            },
            "lo": {
                "title": "ໂຄງການຮ່ວມມືໃຕ້-ໃຕ້ ວ່າດ້ວຍການບໍລິການຈັດຫາງານສາທາລະນະ ໃນ ສປປ ລາວ ແລະ ກຳປູເຈຍ",
                "summary": "ຈີນໄດ້ສະໜັບສະໜູນໂຄງການຮ່ວມມືໃຕ້-ໃຕ້ ແລະ ສາມຝ່າຍ ວ່າດ້ວຍການບໍລິການຈັດຫາງານສາທາລະນະ ໃນ ສປປ ລາວ ແລະ ກຳປູເຈຍ. ພາຍຫຼັງຄວາມສຳເລັດຂອງໂຄງການດັ່ງກ່າວ MOHRSS ຂອງຈີນໄດ້ສະແດງຄວາມສົນໃຈຢ່າງຈະແຈ້ງຕໍ່ໄລຍະຕໍ່ໄປ ທີ່ກ່ຽວກັບການປົກປ້ອງສັງຄົມ.",
            },
        },
        "global-flagship-side-event": {
            "km": {
                "title": "ព្រឹត្តិការណ៍អមសន្និសីទ៖ កម្មវិធីសកលឈានមុខរបស់ ILO និងកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង និងត្រីភាគី",
                "summary": "ព្រឹត្តិការណ៍អមសន្និសីទមួយ ដែលដឹកនាំដោយ ILO ស្តីពីកម្មវិធីសកលឈានមុខរបស់ខ្លួនស្តីពីការកសាងមូលដ្ឋានគាំពារសង្គមសម្រាប់មនុស្សទាំងអស់ និងស្តីពីកិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង និងត្រីភាគី។ ចិន ជប៉ុន លុចសំបួ នាយកដ្ឋានភាពជាដៃគូរបស់ ILO និង Geely បានចែករំលែកបទពិសោធន៍ និងផែនការរបស់ខ្លួន ដោយផ្តោតលើ ASEAN។",
            },
            "lo": {
                "title": "ກອງປະຊຸມຂ້າງຄຽງ: ແຜນງານຫຼັກລະດັບໂລກຂອງ ILO ແລະ ການຮ່ວມມືໃຕ້-ໃຕ້ ແລະ ສາມຝ່າຍ",
                "summary": "ກອງປະຊຸມຂ້າງຄຽງທີ່ເປັນປະທານໂດຍ ILO ກ່ຽວກັບແຜນງານຫຼັກລະດັບໂລກວ່າດ້ວຍການສ້າງພື້ນຖານການປົກປ້ອງສັງຄົມສຳລັບທຸກຄົນ ແລະ ກ່ຽວກັບການຮ່ວມມືໃຕ້-ໃຕ້ ແລະ ສາມຝ່າຍ. ຈີນ, ຍີ່ປຸ່ນ, ລັກເຊມເບີກ, ພະແນກຄູ່ຮ່ວມມືຂອງ ILO ແລະ Geely ໄດ້ແບ່ງປັນປະສົບການ ແລະ ແຜນການຂອງຕົນ ໂດຍເນັ້ນໃສ່ ASEAN.",
            },
        },
    }
)


# ---------------------------------------------------------------------------------------------
# Events (2/2)
# ---------------------------------------------------------------------------------------------

EVENT.update(
    {
        "asean-study-visit-mongolia": {
            "km": {
                "title": "ដំណើរទស្សនកិច្ចសិក្សារបស់ ASEAN ទៅកាន់សេវាច្រកចេញចូលតែមួយ (One Stop Shop) របស់ម៉ុងហ្គោលី",
                "summary": "ក្រោមកិច្ចសហការជប៉ុន-ILO លើកិច្ចគាំពារសង្គម តំណាងរដ្ឋជាសមាជិក ASEAN ត្រូវបានអញ្ជើញទៅម៉ុងហ្គោលី ដើម្បីចែករំលែកបទពិសោធន៍ស្តីពីការផ្តល់សេវារួមបញ្ចូលគ្នា និងរៀនសូត្រពីសេវាច្រកចេញចូលតែមួយ (One Stop Shop) របស់ម៉ុងហ្គោលី។",
            },
            "lo": {
                "title": "ການທັດສະນະສຶກສາຂອງ ASEAN ຢູ່ຈຸດບໍລິການປະຕູດຽວ (One Stop Shop) ຂອງມົງໂກລີ",
                "summary": "ພາຍໃຕ້ການຮ່ວມມືຍີ່ປຸ່ນ-ILO ດ້ານການປົກປ້ອງສັງຄົມ ຜູ້ຕາງໜ້າຈາກບັນດາປະເທດສະມາຊິກ ASEAN ໄດ້ຮັບເຊີນໄປມົງໂກລີ ເພື່ອແລກປ່ຽນປະສົບການກ່ຽວກັບການໃຫ້ບໍລິການແບບປະສົມປະສານ ແລະ ຮຽນຮູ້ຈາກຈຸດບໍລິການປະຕູດຽວ (One Stop Shop) ຂອງມົງໂກລີ.",
            },
        },
        "japan-ilo-phase-1": {
            "km": {
                "title": "កិច្ចសហការជប៉ុន-ILO លើកិច្ចគាំពារសង្គម ដំណាក់កាលទី 1៖ ធានារ៉ាប់រងភាពអត់ការងារធ្វើ និងសេវាការងារ",
                "summary": "ដំណាក់កាលទីមួយនៃកិច្ចសហការជប៉ុន-ILO លើកិច្ចគាំពារសង្គម (2011-2013) បានផ្តោតលើធានារ៉ាប់រងភាពអត់ការងារធ្វើ និងសេវាការងារ ជាពិសេសនៅវៀតណាម។",
            },
            "lo": {
                "title": "ການຮ່ວມມືຍີ່ປຸ່ນ-ILO ດ້ານການປົກປ້ອງສັງຄົມ ໄລຍະທີ 1: ປະກັນການຫວ່າງງານ ແລະ ການບໍລິການຈັດຫາງານ",
                "summary": "ໄລຍະທີໜຶ່ງຂອງການຮ່ວມມືຍີ່ປຸ່ນ-ILO ດ້ານການປົກປ້ອງສັງຄົມ (2011-2013) ໄດ້ເນັ້ນໃສ່ປະກັນການຫວ່າງງານ ແລະ ການບໍລິການຈັດຫາງານ ໂດຍສະເພາະໃນຫວຽດນາມ.",
            },
        },
        "japan-ilo-phase-2": {
            "km": {
                "title": "កិច្ចសហការជប៉ុន-ILO លើកិច្ចគាំពារសង្គម ដំណាក់កាលទី 2៖ ម៉ុងហ្គោលី និង ASEAN",
                "summary": "ដំណាក់កាលទីពីរនៃកិច្ចសហការជប៉ុន-ILO លើកិច្ចគាំពារសង្គម (2014-2016) បានផ្តោតលើម៉ុងហ្គោលី និង ASEAN រួមទាំងការផ្លាស់ប្តូរបទពិសោធន៍មួយ ដែលតំណាង ASEAN បានរៀនសូត្រពីសេវាច្រកចេញចូលតែមួយ (One Stop Shop) របស់ម៉ុងហ្គោលី។",
            },
            "lo": {
                "title": "ການຮ່ວມມືຍີ່ປຸ່ນ-ILO ດ້ານການປົກປ້ອງສັງຄົມ ໄລຍະທີ 2: ມົງໂກລີ ແລະ ASEAN",
                "summary": "ໄລຍະທີສອງຂອງການຮ່ວມມືຍີ່ປຸ່ນ-ILO ດ້ານການປົກປ້ອງສັງຄົມ (2014-2016) ໄດ້ເນັ້ນໃສ່ມົງໂກລີ ແລະ ASEAN ລວມທັງການແລກປ່ຽນທີ່ຜູ້ຕາງໜ້າ ASEAN ໄດ້ຮຽນຮູ້ຈາກຈຸດບໍລິການປະຕູດຽວ (One Stop Shop) ຂອງມົງໂກລີ.",
            },
        },
        "japan-ilo-phase-3": {
            "km": {
                "title": "កិច្ចសហការជប៉ុន-ILO លើកិច្ចគាំពារសង្គម ដំណាក់កាលទី 3៖ ការពង្រីកនៅវៀតណាម និងឥណ្ឌូនេស៊ី",
                "summary": "ដំណាក់កាលទីបីនៃកិច្ចសហការជប៉ុន-ILO លើកិច្ចគាំពារសង្គម (2017-2019) ផ្តោតលើការពង្រីកកិច្ចគាំពារសង្គម ជាពិសេសនៅវៀតណាម និងឥណ្ឌូនេស៊ី ហើយមានសមាសភាគមួយនៅកម្រិត ASEAN។",
            },
            "lo": {
                "title": "ການຮ່ວມມືຍີ່ປຸ່ນ-ILO ດ້ານການປົກປ້ອງສັງຄົມ ໄລຍະທີ 3: ການຂະຫຍາຍໃນຫວຽດນາມ ແລະ ອິນໂດເນເຊຍ",
                "summary": "ໄລຍະທີສາມຂອງການຮ່ວມມືຍີ່ປຸ່ນ-ILO ດ້ານການປົກປ້ອງສັງຄົມ (2017-2019) ເນັ້ນໃສ່ການຂະຫຍາຍການປົກປ້ອງສັງຄົມ ໂດຍສະເພາະໃນຫວຽດນາມ ແລະ ອິນໂດເນເຊຍ ແລະ ມີອົງປະກອບໜຶ່ງໃນລະດັບ ASEAN.",
            },
        },
        "nhso-nssf-mission": {
            "km": {
                "title": "ជំនួយបច្ចេកទេសរបស់ NHSO ថៃ ដល់ NSSF កម្ពុជា លើការរៀបចំរចនាធានារ៉ាប់រងសុខភាព",
                "summary": "ជំនួយបច្ចេកទេសត្បូង-ត្បូងដោយផ្ទាល់ ពីការិយាល័យសន្តិសុខសុខភាពជាតិរបស់ថៃ (NHSO) ដល់បេឡាជាតិរបបសន្តិសុខសង្គមរបស់កម្ពុជា (NSSF) លើការរៀបចំរចនារបបធានារ៉ាប់រងសុខភាព ដែល ILO លើកយកជាឧទាហរណ៍សម្រាប់ដំណាក់កាលរៀបចំរចនារបប។",
            },
            "lo": {
                "title": "NHSO ໄທ ໃຫ້ການສະໜັບສະໜູນດ້ານວິຊາການແກ່ NSSF ກຳປູເຈຍ ໃນການອອກແບບປະກັນສຸຂະພາບ",
                "summary": "ການສະໜັບສະໜູນດ້ານວິຊາການໃຕ້-ໃຕ້ໂດຍກົງ ຈາກສຳນັກງານຫຼັກປະກັນສຸຂະພາບແຫ່ງຊາດຂອງໄທ (NHSO) ໃຫ້ແກ່ກອງທຶນປະກັນສັງຄົມແຫ່ງຊາດຂອງກຳປູເຈຍ (NSSF) ໃນການອອກແບບລະບົບປະກັນສຸຂະພາບ ເຊິ່ງ ILO ຍົກເປັນຕົວຢ່າງສຳລັບຂັ້ນຕອນການອອກແບບລະບົບ.",
            },
        },
        "mission-convergence-sharing": {
            "km": {
                "title": "Mission Convergence (ឥណ្ឌា) ចែករំលែកបទពិសោធន៍របស់ខ្លួននៅកម្ពុជា និងឥណ្ឌូនេស៊ី",
                "summary": "ជំនួយបច្ចេកទេសត្បូង-ត្បូង ដែល Mission Convergence របស់ឥណ្ឌាបានចែករំលែកបទពិសោធន៍របស់ខ្លួនអំពីការផ្តល់កិច្ចគាំពារសង្គមប្រកបដោយការសម្របសម្រួល តាមបែបច្រកចេញចូលតែមួយ នៅកម្ពុជា និងឥណ្ឌូនេស៊ី។",
            },
            "lo": {
                "title": "Mission Convergence (ອິນເດຍ) ແບ່ງປັນປະສົບການຂອງຕົນຢູ່ກຳປູເຈຍ ແລະ ອິນໂດເນເຊຍ",
                "summary": "ການສະໜັບສະໜູນດ້ານວິຊາການໃຕ້-ໃຕ້ ເຊິ່ງ Mission Convergence ຂອງອິນເດຍ ໄດ້ແບ່ງປັນປະສົບການກ່ຽວກັບການໃຫ້ບໍລິການການປົກປ້ອງສັງຄົມແບບປະສານງານກັນ ແລະ ແບບປ່ອງຢ້ຽມດຽວ ຢູ່ກຳປູເຈຍ ແລະ ອິນໂດເນເຊຍ.",
            },
        },
    }
)

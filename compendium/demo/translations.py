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
                "title": "通过更完善、更贴近基层的分权化社会保护服务扩大社会保护覆盖面",
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

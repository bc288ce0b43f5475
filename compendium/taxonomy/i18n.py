"""Translations of the controlled vocabularies of taxonomy_data.py and of the regions of demo/regions.py.

TRANSLATIONS[kind][code_or_slug][language] = (short label, description); for regions the
description is "". Kinds: principle, guarantee, theme, stage, modality, region.
Languages: fr, es, pt, zh-hans, km, lo, th, vi, id.

The R202 principles (Paragraph 3) follow the official French and Spanish texts of the
Social Protection Floors Recommendation, 2012 (No. 202); the other languages are working
translations in ILO terminology ("Social Protection Floor" = socle de protection sociale,
piso de protección social, piso de proteção social, 社会保护底线, មូលដ្ឋានគាំពារសង្គម,
ພື້ນຖານການປົກປ້ອງສັງຄົມ, ฐานการคุ้มครองทางสังคม, sàn an sinh xã hội, perlindungan sosial dasar).
Applied by taxonomy_sync.sync().
"""

TRANSLATIONS = {}

# R202, Paragraph 3 (a) to (i)
TRANSLATIONS["principle"] = {
    "a": {
        "fr": ("Universalité de la protection", "Universalité de la protection, fondée sur la solidarité sociale"),
        "es": ("Universalidad de la protección", "Universalidad de la protección, basada en la solidaridad social"),
        "pt": ("Universalidade da proteção", "Universalidade da proteção, baseada na solidariedade social"),
        "zh-hans": ("保护的普遍性", "基于社会团结的保护的普遍性"),
        "km": ("សកលភាពនៃការគាំពារ", "សកលភាពនៃការគាំពារ ផ្អែកលើសាមគ្គីភាពសង្គម"),
        "lo": ("ຄວາມທົ່ວເຖິງຂອງການປົກປ້ອງ", "ຄວາມທົ່ວເຖິງຂອງການປົກປ້ອງ ໂດຍອີງໃສ່ຄວາມສາມັກຄີທາງສັງຄົມ"),
        "th": ("ความครอบคลุมถ้วนหน้า", "ความครอบคลุมถ้วนหน้าของการคุ้มครอง บนพื้นฐานของความเป็นปึกแผ่นทางสังคม"),
        "vi": ("Tính phổ quát của bảo vệ", "Tính phổ quát của sự bảo vệ, dựa trên sự đoàn kết xã hội"),
        "id": ("Universalitas perlindungan", "Universalitas perlindungan, berdasarkan solidaritas sosial"),
    },
    "b": {
        "fr": ("Droit prescrit par la loi", "Droit aux prestations prescrit par la législation nationale"),
        "es": ("Derecho prescrito por la ley", "Derecho a las prestaciones prescrito por la legislación nacional"),
        "pt": ("Direito estabelecido por lei", "Direito às prestações estabelecido pela legislação nacional"),
        "zh-hans": ("法定权利", "国家法律规定的享受津贴的权利"),
        "km": ("សិទ្ធិកំណត់ដោយច្បាប់", "សិទ្ធិទទួលបានអត្ថប្រយោជន៍ ដែលកំណត់ដោយច្បាប់ជាតិ"),
        "lo": ("ສິດທີ່ກຳນົດໂດຍກົດໝາຍ", "ສິດໄດ້ຮັບຜົນປະໂຫຍດ ທີ່ກຳນົດໄວ້ໃນກົດໝາຍແຫ່ງຊາດ"),
        "th": ("สิทธิที่กำหนดโดยกฎหมาย", "สิทธิในการได้รับสิทธิประโยชน์ตามที่กฎหมายของประเทศกำหนด"),
        "vi": ("Quyền hưởng do luật định", "Quyền được hưởng trợ cấp do pháp luật quốc gia quy định"),
        "id": ("Hak yang ditetapkan undang-undang", "Hak atas manfaat yang ditetapkan oleh peraturan perundang-undangan nasional"),
    },
    "c": {
        "fr": ("Adéquation et prévisibilité", "Adéquation et prévisibilité des prestations"),
        "es": ("Adecuación y previsibilidad", "Adecuación y previsibilidad de las prestaciones"),
        "pt": ("Adequação e previsibilidade", "Adequação e previsibilidade das prestações"),
        "zh-hans": ("充足性和可预测性", "津贴的充足性和可预测性"),
        "km": ("ភាពគ្រប់គ្រាន់ និងភាពអាចព្យាករបាន", "ភាពគ្រប់គ្រាន់ និងភាពអាចព្យាករបាននៃអត្ថប្រយោជន៍"),
        "lo": ("ຄວາມພຽງພໍ ແລະ ການຄາດຄະເນໄດ້", "ຄວາມພຽງພໍ ແລະ ຄວາມສາມາດຄາດຄະເນໄດ້ຂອງຜົນປະໂຫຍດ"),
        "th": ("ความเพียงพอและคาดการณ์ได้", "ความเพียงพอและความสามารถในการคาดการณ์ได้ของสิทธิประโยชน์"),
        "vi": ("Đầy đủ và có thể dự báo", "Tính đầy đủ và khả năng dự báo của các chế độ trợ cấp"),
        "id": ("Kecukupan dan keterprediksian", "Kecukupan dan keterprediksian manfaat"),
    },
    "d": {
        "fr": (
            "Non-discrimination et égalité de genre",
            "Non-discrimination, égalité entre hommes et femmes et prise en compte des besoins spécifiques",
        ),
        "es": (
            "No discriminación e igualdad de género",
            "No discriminación, igualdad de género y capacidad de responder a las necesidades especiales",
        ),
        "pt": ("Não discriminação e igualdade de gênero", "Não discriminação, igualdade de gênero e atenção às necessidades especiais"),
        "zh-hans": ("非歧视和性别平等", "非歧视、性别平等和对特殊需要的回应"),
        "km": ("មិនរើសអើង និងសមភាពយេនឌ័រ", "ការមិនរើសអើង សមភាពយេនឌ័រ និងការឆ្លើយតបទៅនឹងតម្រូវការពិសេស"),
        "lo": ("ບໍ່ຈຳແນກ ແລະ ສະເໝີພາບຍິງຊາຍ", "ການບໍ່ຈຳແນກ, ຄວາມສະເໝີພາບຍິງຊາຍ ແລະ ການຕອບສະໜອງຕໍ່ຄວາມຕ້ອງການພິເສດ"),
        "th": ("ไม่เลือกปฏิบัติและเสมอภาคทางเพศ", "การไม่เลือกปฏิบัติ ความเสมอภาคทางเพศ และการตอบสนองต่อความต้องการพิเศษ"),
        "vi": ("Không phân biệt đối xử, bình đẳng giới", "Không phân biệt đối xử, bình đẳng giới và đáp ứng các nhu cầu đặc thù"),
        "id": ("Nondiskriminasi dan kesetaraan gender", "Nondiskriminasi, kesetaraan gender, dan responsif terhadap kebutuhan khusus"),
    },
    "e": {
        "fr": ("Inclusion sociale", "Inclusion sociale, y compris des personnes travaillant dans l'économie informelle"),
        "es": ("Inclusión social", "Inclusión social, en particular de las personas que trabajan en la economía informal"),
        "pt": ("Inclusão social", "Inclusão social, inclusive das pessoas na economia informal"),
        "zh-hans": ("社会包容", "社会包容，包括对非正规经济中人员的包容"),
        "km": ("បរិយាប័ន្នសង្គម", "បរិយាប័ន្នសង្គម រួមទាំងបុគ្គលនៅក្នុងសេដ្ឋកិច្ចក្រៅប្រព័ន្ធ"),
        "lo": ("ການມີສ່ວນຮ່ວມທາງສັງຄົມ", "ການມີສ່ວນຮ່ວມທາງສັງຄົມ ລວມທັງຜູ້ທີ່ຢູ່ໃນເສດຖະກິດນອກລະບົບ"),
        "th": ("ความครอบคลุมทางสังคม", "ความครอบคลุมทางสังคม รวมถึงผู้ที่อยู่ในเศรษฐกิจนอกระบบ"),
        "vi": ("Hòa nhập xã hội", "Hòa nhập xã hội, bao gồm cả những người trong khu vực kinh tế phi chính thức"),
        "id": ("Inklusi sosial", "Inklusi sosial, termasuk bagi orang-orang di perekonomian informal"),
    },
    "f": {
        "fr": ("Droits et dignité", "Respect des droits et de la dignité des personnes couvertes par les garanties de sécurité sociale"),
        "es": (
            "Derechos y dignidad",
            "Respeto de los derechos y la dignidad de las personas cubiertas por las garantías de seguridad social",
        ),
        "pt": ("Direitos e dignidade", "Respeito aos direitos e à dignidade das pessoas cobertas pelas garantias de seguridade social"),
        "zh-hans": ("权利和尊严", "尊重社会保障担保所覆盖人员的权利和尊严"),
        "km": ("សិទ្ធិ និងសេចក្ដីថ្លៃថ្នូរ", "ការគោរពសិទ្ធិ និងសេចក្ដីថ្លៃថ្នូររបស់បុគ្គលដែលស្ថិតក្រោមការធានាសន្តិសុខសង្គម"),
        "lo": ("ສິດ ແລະ ກຽດສັກສີ", "ການເຄົາລົບສິດ ແລະ ກຽດສັກສີຂອງບຸກຄົນທີ່ໄດ້ຮັບການຄຸ້ມຄອງຈາກການຮັບປະກັນດ້ານປະກັນສັງຄົມ"),
        "th": ("สิทธิและศักดิ์ศรี", "การเคารพสิทธิและศักดิ์ศรีของบุคคลที่ได้รับความคุ้มครองตามหลักประกันทางสังคม"),
        "vi": ("Quyền và phẩm giá", "Tôn trọng quyền và phẩm giá của những người được hưởng các bảo đảm an sinh xã hội"),
        "id": ("Hak dan martabat", "Penghormatan atas hak dan martabat orang-orang yang dicakup oleh jaminan sosial"),
    },
    "g": {
        "fr": ("Réalisation progressive", "Réalisation progressive, y compris en fixant des objectifs et des délais"),
        "es": ("Realización progresiva", "Realización progresiva, inclusive a través del establecimiento de objetivos y plazos"),
        "pt": ("Realização progressiva", "Realização progressiva, inclusive mediante a definição de metas e prazos"),
        "zh-hans": ("逐步实现", "逐步实现，包括确定目标和时间框架"),
        "km": ("ការសម្រេចបានជាបណ្ដើរៗ", "ការសម្រេចបានជាបណ្ដើរៗ រួមទាំងតាមរយៈការកំណត់គោលដៅ និងក្របខណ្ឌពេលវេលា"),
        "lo": ("ການປະຕິບັດເທື່ອລະກ້າວ", "ການປະຕິບັດໃຫ້ເປັນຈິງເທື່ອລະກ້າວ ລວມທັງການກຳນົດຄາດໝາຍ ແລະ ກອບເວລາ"),
        "th": ("การดำเนินการแบบค่อยเป็นค่อยไป", "การดำเนินการให้เกิดผลแบบค่อยเป็นค่อยไป รวมถึงการกำหนดเป้าหมายและกรอบเวลา"),
        "vi": ("Thực hiện từng bước", "Thực hiện từng bước, bao gồm cả việc đặt ra mục tiêu và khung thời gian"),
        "id": ("Perwujudan secara progresif", "Perwujudan secara progresif, termasuk dengan menetapkan target dan kerangka waktu"),
    },
    "h": {
        "fr": (
            "Solidarité en matière de financement",
            "Solidarité en matière de financement, allant de pair avec la recherche du meilleur équilibre possible entre les responsabilités et les intérêts de ceux qui financent les régimes de sécurité sociale et de ceux qui en bénéficient",
        ),
        "es": (
            "Solidaridad en la financiación",
            "Solidaridad en la financiación, asociada a la búsqueda de un equilibrio óptimo entre las responsabilidades y los intereses de aquellos que financian y se benefician de los regímenes de seguridad social",
        ),
        "pt": (
            "Solidariedade no financiamento",
            "Solidariedade no financiamento, buscando alcançar um equilíbrio ótimo entre as responsabilidades e os interesses daqueles que financiam os regimes de seguridade social e daqueles que deles se beneficiam",
        ),
        "zh-hans": ("筹资中的团结", "筹资中的团结，同时寻求在社会保障计划的出资者与受益者之间实现责任和利益的最佳平衡"),
        "km": (
            "សាមគ្គីភាពក្នុងហិរញ្ញប្បទាន",
            "សាមគ្គីភាពក្នុងហិរញ្ញប្បទាន ស្របពេលស្វែងរកតុល្យភាពដ៏ប្រសើរបំផុតរវាងទំនួលខុសត្រូវ និងផលប្រយោជន៍ក្នុងចំណោមអ្នកផ្ដល់ហិរញ្ញប្បទាន និងអ្នកទទួលអត្ថប្រយោជន៍ពីរបបសន្តិសុខសង្គម",
        ),
        "lo": (
            "ຄວາມສາມັກຄີໃນການສະໜອງທຶນ",
            "ຄວາມສາມັກຄີໃນການສະໜອງທຶນ ພ້ອມທັງຊອກຫາຄວາມສົມດຸນທີ່ເໝາະສົມທີ່ສຸດລະຫວ່າງຄວາມຮັບຜິດຊອບ ແລະ ຜົນປະໂຫຍດຂອງຜູ້ສະໜອງທຶນ ແລະ ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຈາກລະບົບປະກັນສັງຄົມ",
        ),
        "th": (
            "ความเป็นปึกแผ่นด้านการเงิน",
            "ความเป็นปึกแผ่นในการจัดหาเงินทุน ควบคู่กับการแสวงหาความสมดุลที่เหมาะสมที่สุดระหว่างความรับผิดชอบและผลประโยชน์ของผู้จ่ายเงินสมทบและผู้ได้รับประโยชน์จากระบบประกันสังคม",
        ),
        "vi": (
            "Đoàn kết trong tài chính",
            "Đoàn kết trong huy động tài chính, đồng thời tìm kiếm sự cân bằng tối ưu giữa trách nhiệm và lợi ích của những người đóng góp và những người thụ hưởng các chế độ an sinh xã hội",
        ),
        "id": (
            "Solidaritas dalam pembiayaan",
            "Solidaritas dalam pembiayaan sekaligus mengupayakan keseimbangan optimal antara tanggung jawab dan kepentingan pihak yang membiayai dan pihak yang menerima manfaat dari skema jaminan sosial",
        ),
    },
    "i": {
        "fr": (
            "Diversité des méthodes et approches",
            "Prise en considération de la diversité des méthodes et approches, notamment des mécanismes de financement et des systèmes de fourniture des prestations",
        ),
        "es": (
            "Diversidad de métodos y enfoques",
            "Consideración de la diversidad de métodos y enfoques, con inclusión de los mecanismos de financiación y los sistemas de prestaciones",
        ),
        "pt": (
            "Diversidade de métodos e abordagens",
            "Consideração da diversidade de métodos e abordagens, inclusive dos mecanismos de financiamento e dos sistemas de prestação",
        ),
        "zh-hans": ("方法和途径的多样性", "考虑方法和途径的多样性，包括筹资机制和提供体系的多样性"),
        "km": ("ភាពចម្រុះនៃវិធីសាស្ត្រ និងអភិក្រម", "ការពិចារណាលើភាពចម្រុះនៃវិធីសាស្ត្រ និងអភិក្រម រួមទាំងយន្តការហិរញ្ញប្បទាន និងប្រព័ន្ធផ្ដល់សេវា"),
        "lo": ("ຄວາມຫຼາກຫຼາຍຂອງວິທີການ ແລະ ແນວທາງ", "ການພິຈາລະນາຄວາມຫຼາກຫຼາຍຂອງວິທີການ ແລະ ແນວທາງ ລວມທັງກົນໄກການສະໜອງທຶນ ແລະ ລະບົບການໃຫ້ບໍລິການ"),
        "th": ("ความหลากหลายของวิธีการและแนวทาง", "การคำนึงถึงความหลากหลายของวิธีการและแนวทาง รวมถึงกลไกการจัดหาเงินทุนและระบบการให้บริการ"),
        "vi": (
            "Đa dạng phương pháp và cách tiếp cận",
            "Xem xét sự đa dạng của các phương pháp và cách tiếp cận, bao gồm cơ chế tài chính và hệ thống chi trả",
        ),
        "id": (
            "Keragaman metode dan pendekatan",
            "Mempertimbangkan keragaman metode dan pendekatan, termasuk mekanisme pembiayaan dan sistem penyaluran",
        ),
    },
}

# R202, Paragraph 3 (j) to (r)
TRANSLATIONS["principle"].update(
    {
        "j": {
            "fr": ("Gestion financière saine", "Gestion financière et administration saines, responsables et transparentes"),
            "es": ("Gestión financiera sana", "Gestión financiera y administración sanas, responsables y transparentes"),
            "pt": ("Gestão financeira sólida", "Gestão financeira e administração sólidas, responsáveis e transparentes"),
            "zh-hans": ("健全的财务管理", "透明、负责和健全的财务管理与行政管理"),
            "km": ("ការគ្រប់គ្រងហិរញ្ញវត្ថុល្អ", "ការគ្រប់គ្រងហិរញ្ញវត្ថុ និងរដ្ឋបាលប្រកបដោយតម្លាភាព គណនេយ្យភាព និងភាពរឹងមាំ"),
            "lo": ("ການຄຸ້ມຄອງການເງິນທີ່ໝັ້ນຄົງ", "ການຄຸ້ມຄອງການເງິນ ແລະ ການບໍລິຫານທີ່ໂປ່ງໃສ, ມີຄວາມຮັບຜິດຊອບ ແລະ ໝັ້ນຄົງ"),
            "th": ("การบริหารการเงินที่มั่นคง", "การบริหารจัดการการเงินและการบริหารงานที่โปร่งใส มีความรับผิดชอบ และมั่นคง"),
            "vi": ("Quản lý tài chính lành mạnh", "Quản lý tài chính và điều hành minh bạch, có trách nhiệm giải trình và lành mạnh"),
            "id": ("Pengelolaan keuangan yang sehat", "Pengelolaan keuangan dan administrasi yang transparan, akuntabel, dan sehat"),
        },
        "k": {
            "fr": ("Pérennité", "Pérennité financière, budgétaire et économique, compte dûment tenu de la justice sociale et de l'équité"),
            "es": (
                "Sostenibilidad",
                "Sostenibilidad financiera, fiscal y económica, teniendo debidamente en cuenta la justicia social y la equidad",
            ),
            "pt": (
                "Sustentabilidade",
                "Sustentabilidade financeira, fiscal e econômica, tendo devidamente em conta a justiça social e a equidade",
            ),
            "zh-hans": ("可持续性", "财务、财政和经济的可持续性，并适当考虑社会正义和公平"),
            "km": ("និរន្តរភាព", "និរន្តរភាពហិរញ្ញវត្ថុ សារពើពន្ធ និងសេដ្ឋកិច្ច ដោយយកចិត្តទុកដាក់ត្រឹមត្រូវចំពោះយុត្តិធម៌សង្គម និងសមធម៌"),
            "lo": ("ຄວາມຍືນຍົງ", "ຄວາມຍືນຍົງທາງດ້ານການເງິນ, ງົບປະມານ ແລະ ເສດຖະກິດ ໂດຍຄຳນຶງເຖິງຄວາມຍຸຕິທຳທາງສັງຄົມ ແລະ ຄວາມເທົ່າທຽມ"),
            "th": ("ความยั่งยืน", "ความยั่งยืนทางการเงิน การคลัง และเศรษฐกิจ โดยคำนึงถึงความยุติธรรมทางสังคมและความเป็นธรรม"),
            "vi": ("Tính bền vững", "Bền vững về tài chính, tài khóa và kinh tế, có tính đến công bằng xã hội và bình đẳng"),
            "id": ("Keberlanjutan", "Keberlanjutan finansial, fiskal, dan ekonomi dengan memperhatikan keadilan sosial dan kesetaraan"),
        },
        "l": {
            "fr": ("Cohérence avec les autres politiques", "Cohérence avec les politiques sociales, économiques et de l'emploi"),
            "es": ("Coherencia con otras políticas", "Coherencia con las políticas sociales, económicas y de empleo"),
            "pt": ("Coerência com outras políticas", "Coerência com as políticas sociais, econômicas e de emprego"),
            "zh-hans": ("与其他政策的一致性", "与社会、经济和就业政策的一致性"),
            "km": ("សង្គតិភាពជាមួយគោលនយោបាយផ្សេងៗ", "សង្គតិភាពជាមួយគោលនយោបាយសង្គម សេដ្ឋកិច្ច និងការងារ"),
            "lo": ("ຄວາມສອດຄ່ອງກັບນະໂຍບາຍອື່ນ", "ຄວາມສອດຄ່ອງກັບນະໂຍບາຍດ້ານສັງຄົມ, ເສດຖະກິດ ແລະ ການຈ້າງງານ"),
            "th": ("ความสอดคล้องกับนโยบายอื่น", "ความสอดคล้องกับนโยบายด้านสังคม เศรษฐกิจ และการจ้างงาน"),
            "vi": ("Gắn kết với các chính sách khác", "Sự gắn kết với các chính sách xã hội, kinh tế và việc làm"),
            "id": ("Koherensi dengan kebijakan lain", "Koherensi dengan kebijakan sosial, ekonomi, dan ketenagakerjaan"),
        },
        "m": {
            "fr": (
                "Cohérence entre les institutions",
                "Cohérence entre les institutions chargées de fournir les services de protection sociale",
            ),
            "es": (
                "Coherencia entre instituciones",
                "Coherencia entre las instituciones encargadas de la prestación de servicios de protección social",
            ),
            "pt": ("Coerência entre instituições", "Coerência entre as instituições responsáveis pela prestação da proteção social"),
            "zh-hans": ("机构间的一致性", "负责提供社会保护的各机构之间的一致性"),
            "km": ("សង្គតិភាពរវាងស្ថាប័ន", "សង្គតិភាពរវាងស្ថាប័នដែលទទួលខុសត្រូវលើការផ្ដល់កិច្ចគាំពារសង្គម"),
            "lo": ("ຄວາມສອດຄ່ອງລະຫວ່າງສະຖາບັນ", "ຄວາມສອດຄ່ອງລະຫວ່າງບັນດາສະຖາບັນທີ່ຮັບຜິດຊອບການສະໜອງການປົກປ້ອງສັງຄົມ"),
            "th": ("ความสอดคล้องระหว่างหน่วยงาน", "ความสอดคล้องระหว่างหน่วยงานที่รับผิดชอบการให้ความคุ้มครองทางสังคม"),
            "vi": ("Gắn kết giữa các cơ quan", "Sự gắn kết giữa các cơ quan chịu trách nhiệm thực hiện an sinh xã hội"),
            "id": ("Koherensi antarlembaga", "Koherensi antarlembaga yang bertanggung jawab atas penyelenggaraan perlindungan sosial"),
        },
        "n": {
            "fr": (
                "Services publics de qualité",
                "Services publics de qualité qui améliorent l'efficacité des systèmes de sécurité sociale",
            ),
            "es": (
                "Servicios públicos de alta calidad",
                "Servicios públicos de alta calidad que mejoren el desempeño de los sistemas de seguridad social",
            ),
            "pt": (
                "Serviços públicos de qualidade",
                "Serviços públicos de alta qualidade que melhorem a prestação dos sistemas de seguridade social",
            ),
            "zh-hans": ("高质量公共服务", "提高社会保障制度提供效率的高质量公共服务"),
            "km": ("សេវាសាធារណៈមានគុណភាពខ្ពស់", "សេវាសាធារណៈដែលមានគុណភាពខ្ពស់ ដែលលើកកម្ពស់ការផ្ដល់សេវានៃប្រព័ន្ធសន្តិសុខសង្គម"),
            "lo": ("ການບໍລິການສາທາລະນະທີ່ມີຄຸນນະພາບ", "ການບໍລິການສາທາລະນະທີ່ມີຄຸນນະພາບສູງ ເຊິ່ງຊ່ວຍເພີ່ມປະສິດທິຜົນໃນການສະໜອງຂອງລະບົບປະກັນສັງຄົມ"),
            "th": ("บริการสาธารณะคุณภาพสูง", "บริการสาธารณะคุณภาพสูงที่ช่วยเสริมการให้บริการของระบบประกันสังคม"),
            "vi": (
                "Dịch vụ công chất lượng cao",
                "Dịch vụ công chất lượng cao giúp nâng cao hiệu quả thực hiện các hệ thống an sinh xã hội",
            ),
            "id": (
                "Layanan publik berkualitas tinggi",
                "Layanan publik berkualitas tinggi yang meningkatkan penyelenggaraan sistem jaminan sosial",
            ),
        },
        "o": {
            "fr": ("Procédures de réclamation et de recours", "Efficacité et accessibilité des procédures de réclamation et de recours"),
            "es": ("Procedimientos de reclamación y recurso", "Eficacia y accesibilidad de los procedimientos de reclamación y de recurso"),
            "pt": ("Procedimentos de reclamação e recurso", "Eficiência e acessibilidade dos procedimentos de reclamação e recurso"),
            "zh-hans": ("投诉和申诉程序", "投诉和申诉程序的效率和可及性"),
            "km": ("នីតិវិធីបណ្ដឹងតវ៉ា និងបណ្ដឹងឧទ្ធរណ៍", "ប្រសិទ្ធភាព និងលទ្ធភាពទទួលបាននៃនីតិវិធីបណ្ដឹងតវ៉ា និងបណ្ដឹងឧទ្ធរណ៍"),
            "lo": ("ຂັ້ນຕອນການຮ້ອງທຸກ ແລະ ການອຸທອນ", "ປະສິດທິພາບ ແລະ ການເຂົ້າເຖິງໄດ້ງ່າຍຂອງຂັ້ນຕອນການຮ້ອງທຸກ ແລະ ການອຸທອນ"),
            "th": ("กระบวนการร้องเรียนและอุทธรณ์", "ประสิทธิภาพและการเข้าถึงได้ของกระบวนการร้องเรียนและอุทธรณ์"),
            "vi": ("Thủ tục khiếu nại và kháng cáo", "Hiệu quả và khả năng tiếp cận của các thủ tục khiếu nại và kháng cáo"),
            "id": ("Prosedur pengaduan dan banding", "Efisiensi dan aksesibilitas prosedur pengaduan dan banding"),
        },
        "p": {
            "fr": ("Suivi et évaluation", "Suivi régulier de la mise en œuvre et évaluation périodique"),
            "es": ("Seguimiento y evaluación", "Seguimiento regular de la aplicación y evaluación periódica"),
            "pt": ("Monitoramento e avaliação", "Monitoramento regular da implementação e avaliação periódica"),
            "zh-hans": ("监测和评估", "对实施情况的定期监测和定期评估"),
            "km": ("ការតាមដាន និងវាយតម្លៃ", "ការតាមដានជាប្រចាំលើការអនុវត្ត និងការវាយតម្លៃតាមកាលកំណត់"),
            "lo": ("ການຕິດຕາມ ແລະ ປະເມີນຜົນ", "ການຕິດຕາມການຈັດຕັ້ງປະຕິບັດເປັນປະຈຳ ແລະ ການປະເມີນຜົນເປັນໄລຍະ"),
            "th": ("การติดตามและประเมินผล", "การติดตามการดำเนินงานอย่างสม่ำเสมอ และการประเมินผลเป็นระยะ"),
            "vi": ("Giám sát và đánh giá", "Giám sát thường xuyên việc thực hiện và đánh giá định kỳ"),
            "id": ("Pemantauan dan evaluasi", "Pemantauan pelaksanaan secara berkala dan evaluasi periodik"),
        },
        "q": {
            "fr": (
                "Négociation collective et liberté syndicale",
                "Plein respect de la négociation collective et de la liberté syndicale pour tous les travailleurs",
            ),
            "es": (
                "Negociación colectiva y libertad sindical",
                "Pleno respeto de la negociación colectiva y de la libertad sindical para todos los trabajadores",
            ),
            "pt": (
                "Negociação coletiva e liberdade sindical",
                "Pleno respeito à negociação coletiva e à liberdade sindical para todos os trabalhadores",
            ),
            "zh-hans": ("集体谈判和结社自由", "充分尊重所有工人的集体谈判和结社自由"),
            "km": ("ការចរចាសមូហភាព និងសេរីភាពសមាគម", "ការគោរពទាំងស្រុងចំពោះការចរចាសមូហភាព និងសេរីភាពសមាគមសម្រាប់កម្មករនិយោជិតទាំងអស់"),
            "lo": ("ການເຈລະຈາລວມໝູ່ ແລະ ເສລີພາບໃນການສະມາຄົມ", "ການເຄົາລົບຢ່າງເຕັມສ່ວນຕໍ່ການເຈລະຈາລວມໝູ່ ແລະ ເສລີພາບໃນການສ້າງຕັ້ງສະມາຄົມຂອງຜູ້ອອກແຮງງານທຸກຄົນ"),
            "th": ("การร่วมเจรจาต่อรองและเสรีภาพในการสมาคม", "การเคารพอย่างเต็มที่ต่อการร่วมเจรจาต่อรองและเสรีภาพในการสมาคมของคนทำงานทุกคน"),
            "vi": (
                "Thương lượng tập thể và tự do hiệp hội",
                "Tôn trọng đầy đủ quyền thương lượng tập thể và tự do hiệp hội của mọi người lao động",
            ),
            "id": (
                "Perundingan bersama dan kebebasan berserikat",
                "Penghormatan penuh atas perundingan bersama dan kebebasan berserikat bagi semua pekerja",
            ),
        },
        "r": {
            "fr": (
                "Participation tripartite",
                "Participation tripartite avec les organisations représentatives d'employeurs et de travailleurs, ainsi que la consultation d'autres organisations pertinentes et représentatives de personnes concernées",
            ),
            "es": (
                "Participación tripartita",
                "Participación tripartita con las organizaciones representativas de los empleadores y de los trabajadores, así como la celebración de consultas con otras organizaciones pertinentes y representativas de personas interesadas",
            ),
            "pt": (
                "Participação tripartite",
                "Participação tripartite com as organizações representativas de empregadores e de trabalhadores, bem como a consulta a outras organizações pertinentes e representativas das pessoas interessadas",
            ),
            "zh-hans": ("三方参与", "与有代表性的雇主组织和工人组织的三方参与，以及与有关人员的其他相关和有代表性组织的协商"),
            "km": (
                "ការចូលរួមត្រីភាគី",
                "ការចូលរួមត្រីភាគីជាមួយអង្គការតំណាងនិយោជក និងកម្មករនិយោជិត ព្រមទាំងការពិគ្រោះយោបល់ជាមួយអង្គការពាក់ព័ន្ធ និងតំណាងផ្សេងទៀតនៃបុគ្គលដែលពាក់ព័ន្ធ",
            ),
            "lo": (
                "ການມີສ່ວນຮ່ວມແບບສາມຝ່າຍ",
                "ການມີສ່ວນຮ່ວມແບບສາມຝ່າຍກັບອົງການຈັດຕັ້ງຕົວແທນຂອງນາຍຈ້າງ ແລະ ຜູ້ອອກແຮງງານ ພ້ອມທັງການປຶກສາຫາລືກັບອົງການຈັດຕັ້ງອື່ນທີ່ກ່ຽວຂ້ອງ ແລະ ເປັນຕົວແທນຂອງຜູ້ທີ່ກ່ຽວຂ້ອງ",
            ),
            "th": (
                "การมีส่วนร่วมแบบไตรภาคี",
                "การมีส่วนร่วมแบบไตรภาคีกับองค์กรตัวแทนของนายจ้างและลูกจ้าง ตลอดจนการปรึกษาหารือกับองค์กรอื่นที่เกี่ยวข้องและเป็นตัวแทนของผู้ที่เกี่ยวข้อง",
            ),
            "vi": (
                "Sự tham gia ba bên",
                "Sự tham gia ba bên với các tổ chức đại diện của người sử dụng lao động và người lao động, cũng như tham vấn với các tổ chức đại diện liên quan khác của những người có liên quan",
            ),
            "id": (
                "Partisipasi tripartit",
                "Partisipasi tripartit dengan organisasi perwakilan pengusaha dan pekerja, serta konsultasi dengan organisasi lain yang relevan dan mewakili pihak-pihak terkait",
            ),
        },
    }
)

# R202, Paragraph 5: the four basic social security guarantees
TRANSLATIONS["guarantee"] = {
    "health": {
        "fr": ("Soins de santé essentiels", "Accès aux soins de santé essentiels, y compris les soins de maternité"),
        "es": ("Atención de salud esencial", "Acceso a la atención de salud esencial, incluida la atención de la maternidad"),
        "pt": ("Cuidados de saúde essenciais", "Acesso a cuidados de saúde essenciais, incluindo cuidados de maternidade"),
        "zh-hans": ("基本医疗保健", "获得基本医疗保健，包括孕产妇保健"),
        "km": ("ការថែទាំសុខភាពចាំបាច់", "លទ្ធភាពទទួលបានការថែទាំសុខភាពចាំបាច់ រួមទាំងការថែទាំមាតុភាព"),
        "lo": ("ການດູແລສຸຂະພາບທີ່ຈຳເປັນ", "ການເຂົ້າເຖິງການດູແລສຸຂະພາບທີ່ຈຳເປັນ ລວມທັງການດູແລແມ່ແລະເດັກໃນໄລຍະຖືພາ ແລະ ເກີດລູກ"),
        "th": ("การดูแลสุขภาพที่จำเป็น", "การเข้าถึงการดูแลสุขภาพที่จำเป็น รวมถึงการดูแลมารดา"),
        "vi": ("Chăm sóc y tế thiết yếu", "Tiếp cận chăm sóc y tế thiết yếu, bao gồm chăm sóc thai sản"),
        "id": ("Layanan kesehatan esensial", "Akses terhadap layanan kesehatan esensial, termasuk layanan kesehatan maternal"),
    },
    "children": {
        "fr": (
            "Sécurité du revenu des enfants",
            "Sécurité élémentaire de revenu pour les enfants, assurant l'accès à l'alimentation, à l'éducation, aux soins et à tout autre bien et service nécessaire",
        ),
        "es": (
            "Seguridad del ingreso para los niños",
            "Seguridad básica del ingreso para los niños, que asegure el acceso a la alimentación, la educación, los cuidados y cualesquiera otros bienes y servicios necesarios",
        ),
        "pt": (
            "Segurança de renda para crianças",
            "Segurança básica de renda para crianças, assegurando o acesso à nutrição, à educação, aos cuidados e a outros bens e serviços necessários",
        ),
        "zh-hans": ("儿童收入保障", "为儿童提供基本收入保障，确保其获得营养、教育、照料及其他必要的物品和服务"),
        "km": (
            "សន្តិសុខប្រាក់ចំណូលសម្រាប់កុមារ",
            "សន្តិសុខប្រាក់ចំណូលមូលដ្ឋានសម្រាប់កុមារ ដែលផ្ដល់លទ្ធភាពទទួលបានអាហារូបត្ថម្ភ ការអប់រំ ការថែទាំ និងទំនិញ និងសេវាចាំបាច់ផ្សេងទៀត",
        ),
        "lo": (
            "ຄວາມໝັ້ນຄົງດ້ານລາຍຮັບສຳລັບເດັກ",
            "ຄວາມໝັ້ນຄົງດ້ານລາຍຮັບຂັ້ນພື້ນຖານສຳລັບເດັກ ເພື່ອໃຫ້ເຂົ້າເຖິງໂພຊະນາການ, ການສຶກສາ, ການດູແລ ແລະ ສິນຄ້າ ແລະ ການບໍລິການທີ່ຈຳເປັນອື່ນໆ",
        ),
        "th": (
            "ความมั่นคงทางรายได้สำหรับเด็ก",
            "ความมั่นคงทางรายได้ขั้นพื้นฐานสำหรับเด็ก เพื่อให้เข้าถึงโภชนาการ การศึกษา การดูแล และสินค้าและบริการที่จำเป็นอื่น ๆ",
        ),
        "vi": (
            "Bảo đảm thu nhập cho trẻ em",
            "Bảo đảm thu nhập cơ bản cho trẻ em, giúp tiếp cận dinh dưỡng, giáo dục, chăm sóc và các hàng hóa, dịch vụ cần thiết khác",
        ),
        "id": (
            "Jaminan pendapatan bagi anak",
            "Jaminan pendapatan dasar bagi anak, yang memberikan akses terhadap gizi, pendidikan, pengasuhan, serta barang dan jasa lain yang diperlukan",
        ),
    },
    "working-age": {
        "fr": (
            "Sécurité du revenu en âge actif",
            "Sécurité élémentaire de revenu pour les personnes d'âge actif qui sont dans l'incapacité de gagner un revenu suffisant, en particulier dans les cas de maladie, de chômage, de maternité et d'invalidité",
        ),
        "es": (
            "Seguridad del ingreso en edad activa",
            "Seguridad básica del ingreso para las personas en edad activa que no puedan obtener ingresos suficientes, en particular en caso de enfermedad, desempleo, maternidad e invalidez",
        ),
        "pt": (
            "Segurança de renda em idade ativa",
            "Segurança básica de renda para pessoas em idade ativa que não conseguem obter renda suficiente, em particular nos casos de doença, desemprego, maternidade e invalidez",
        ),
        "zh-hans": ("劳动年龄人口收入保障", "为无法获得足够收入的劳动年龄人口提供基本收入保障，特别是在疾病、失业、生育和残疾的情况下"),
        "km": (
            "សន្តិសុខប្រាក់ចំណូលក្នុងវ័យពលកម្ម",
            "សន្តិសុខប្រាក់ចំណូលមូលដ្ឋានសម្រាប់បុគ្គលក្នុងវ័យពលកម្មដែលមិនអាចរកប្រាក់ចំណូលបានគ្រប់គ្រាន់ ជាពិសេសក្នុងករណីជំងឺ អត់ការងារធ្វើ មាតុភាព និងពិការភាព",
        ),
        "lo": (
            "ຄວາມໝັ້ນຄົງດ້ານລາຍຮັບໃນໄວແຮງງານ",
            "ຄວາມໝັ້ນຄົງດ້ານລາຍຮັບຂັ້ນພື້ນຖານສຳລັບຜູ້ຢູ່ໃນໄວແຮງງານທີ່ບໍ່ສາມາດຫາລາຍຮັບໄດ້ພຽງພໍ ໂດຍສະເພາະໃນກໍລະນີເຈັບເປັນ, ຫວ່າງງານ, ເກີດລູກ ແລະ ພິການ",
        ),
        "th": (
            "ความมั่นคงทางรายได้วัยทำงาน",
            "ความมั่นคงทางรายได้ขั้นพื้นฐานสำหรับผู้อยู่ในวัยทำงานที่ไม่สามารถหารายได้ได้เพียงพอ โดยเฉพาะในกรณีเจ็บป่วย ว่างงาน คลอดบุตร และทุพพลภาพ",
        ),
        "vi": (
            "Bảo đảm thu nhập tuổi lao động",
            "Bảo đảm thu nhập cơ bản cho người trong độ tuổi lao động không có khả năng tạo đủ thu nhập, đặc biệt trong trường hợp ốm đau, thất nghiệp, thai sản và khuyết tật",
        ),
        "id": (
            "Jaminan pendapatan usia kerja",
            "Jaminan pendapatan dasar bagi penduduk usia kerja yang tidak mampu memperoleh penghasilan yang cukup, khususnya dalam hal sakit, menganggur, melahirkan, dan disabilitas",
        ),
    },
    "elderly": {
        "fr": ("Sécurité du revenu des personnes âgées", "Sécurité élémentaire de revenu pour les personnes âgées"),
        "es": ("Seguridad del ingreso en la vejez", "Seguridad básica del ingreso para las personas de edad"),
        "pt": ("Segurança de renda para idosos", "Segurança básica de renda para pessoas idosas"),
        "zh-hans": ("老年人收入保障", "为老年人提供基本收入保障"),
        "km": ("សន្តិសុខប្រាក់ចំណូលសម្រាប់មនុស្សចាស់", "សន្តិសុខប្រាក់ចំណូលមូលដ្ឋានសម្រាប់មនុស្សចាស់"),
        "lo": ("ຄວາມໝັ້ນຄົງດ້ານລາຍຮັບສຳລັບຜູ້ສູງອາຍຸ", "ຄວາມໝັ້ນຄົງດ້ານລາຍຮັບຂັ້ນພື້ນຖານສຳລັບຜູ້ສູງອາຍຸ"),
        "th": ("ความมั่นคงทางรายได้สำหรับผู้สูงอายุ", "ความมั่นคงทางรายได้ขั้นพื้นฐานสำหรับผู้สูงอายุ"),
        "vi": ("Bảo đảm thu nhập cho người cao tuổi", "Bảo đảm thu nhập cơ bản cho người cao tuổi"),
        "id": ("Jaminan pendapatan bagi lansia", "Jaminan pendapatan dasar bagi penduduk lanjut usia"),
    },
}

# The six chapters of the Good Practices Guide
TRANSLATIONS["theme"] = {
    "coordination": {
        "fr": (
            "Stratégies cohérentes et coordination",
            "Stratégies cohérentes de protection sociale et mécanismes de coordination entre ministères et niveaux de gouvernement",
        ),
        "es": (
            "Estrategias coherentes y coordinación",
            "Estrategias coherentes de protección social y mecanismos de coordinación entre ministerios y niveles de gobierno",
        ),
        "pt": (
            "Estratégias coerentes e coordenação",
            "Estratégias coerentes de proteção social e mecanismos de coordenação entre ministérios e níveis de governo",
        ),
        "zh-hans": ("一致的战略与协调", "跨部委、跨各级政府的一致的社会保护战略和协调机制"),
        "km": (
            "យុទ្ធសាស្ត្រស៊ីសង្វាក់ និងការសម្របសម្រួល",
            "យុទ្ធសាស្ត្រគាំពារសង្គមដែលស៊ីសង្វាក់គ្នា និងយន្តការសម្របសម្រួលរវាងក្រសួង និងថ្នាក់រដ្ឋាភិបាលនានា",
        ),
        "lo": (
            "ຍຸດທະສາດທີ່ສອດຄ່ອງ ແລະ ການປະສານງານ",
            "ຍຸດທະສາດການປົກປ້ອງສັງຄົມທີ່ສອດຄ່ອງກັນ ແລະ ກົນໄກການປະສານງານລະຫວ່າງກະຊວງ ແລະ ຂັ້ນຕ່າງໆຂອງລັດຖະບານ",
        ),
        "th": (
            "ยุทธศาสตร์ที่สอดคล้องและการประสานงาน",
            "ยุทธศาสตร์การคุ้มครองทางสังคมที่สอดคล้องกัน และกลไกการประสานงานระหว่างกระทรวงและระดับต่าง ๆ ของรัฐบาล",
        ),
        "vi": (
            "Chiến lược đồng bộ và điều phối",
            "Chiến lược an sinh xã hội đồng bộ và cơ chế điều phối giữa các bộ, ngành và các cấp chính quyền",
        ),
        "id": (
            "Strategi koheren dan koordinasi",
            "Strategi perlindungan sosial yang koheren dan mekanisme koordinasi lintas kementerian dan tingkat pemerintahan",
        ),
    },
    "outreach": {
        "fr": (
            "Proximité et services décentralisés",
            "Étendre la portée grâce à des services de protection sociale décentralisés et à des guichets uniques",
        ),
        "es": (
            "Alcance y servicios descentralizados",
            "Ampliar el alcance mediante servicios descentralizados de protección social y ventanillas únicas",
        ),
        "pt": (
            "Alcance e serviços descentralizados",
            "Ampliar o alcance por meio de serviços descentralizados de proteção social e de balcões únicos",
        ),
        "zh-hans": ("扩大覆盖与分散化服务", "通过分散化的社会保护服务和“一站式”服务扩大覆盖面"),
        "km": (
            "ការពង្រីកវិសាលភាព និងសេវាវិមជ្ឈការ",
            "ការពង្រីកវិសាលភាពតាមរយៈសេវាគាំពារសង្គមវិមជ្ឈការ និងសេវាច្រកចេញចូលតែមួយ",
        ),
        "lo": (
            "ການເຂົ້າເຖິງ ແລະ ການບໍລິການແບບກະຈາຍ",
            "ການຂະຫຍາຍການເຂົ້າເຖິງຜ່ານການບໍລິການປົກປ້ອງສັງຄົມແບບກະຈາຍອຳນາດ ແລະ ການບໍລິການແບບປະຕູດຽວ",
        ),
        "th": (
            "การเข้าถึงและบริการแบบกระจายอำนาจ",
            "การขยายการเข้าถึงผ่านบริการคุ้มครองทางสังคมแบบกระจายอำนาจและบริการแบบเบ็ดเสร็จ ณ จุดเดียว",
        ),
        "vi": (
            "Mở rộng tiếp cận và dịch vụ phân cấp",
            "Mở rộng phạm vi tiếp cận thông qua các dịch vụ an sinh xã hội phân cấp và dịch vụ một cửa",
        ),
        "id": (
            "Jangkauan dan layanan terdesentralisasi",
            "Memperluas jangkauan melalui layanan perlindungan sosial yang terdesentralisasi dan layanan satu pintu",
        ),
    },
    "integrated-packages": {
        "fr": (
            "Paquets intégrés et graduation",
            "Aider les familles à sortir de la pauvreté grâce à des paquets intégrés de services et de transferts",
        ),
        "es": (
            "Paquetes integrados y graduación",
            "Apoyar a las familias para que salgan de la pobreza mediante paquetes integrados de servicios y transferencias",
        ),
        "pt": (
            "Pacotes integrados e graduação",
            "Apoiar as famílias a sair da pobreza por meio de pacotes integrados de serviços e transferências",
        ),
        "zh-hans": ("综合服务包与脱贫", "通过整合服务与转移支付的综合服务包帮助家庭摆脱贫困"),
        "km": (
            "កញ្ចប់សមាហរណកម្ម និងការចាកផុតភាពក្រីក្រ",
            "ការគាំទ្រគ្រួសារឱ្យចាកផុតពីភាពក្រីក្រ តាមរយៈកញ្ចប់សមាហរណកម្មនៃសេវា និងការផ្ទេរសាច់ប្រាក់",
        ),
        "lo": (
            "ຊຸດປະສົມປະສານ ແລະ ການຫຼຸດພົ້ນຄວາມທຸກຍາກ",
            "ການສະໜັບສະໜູນຄອບຄົວໃຫ້ຫຼຸດພົ້ນອອກຈາກຄວາມທຸກຍາກ ຜ່ານຊຸດການບໍລິການ ແລະ ການໂອນເງິນແບບປະສົມປະສານ",
        ),
        "th": (
            "ชุดบริการบูรณาการและการพ้นความยากจน",
            "การสนับสนุนครอบครัวให้หลุดพ้นจากความยากจนผ่านชุดบริการและเงินโอนแบบบูรณาการ",
        ),
        "vi": (
            "Gói hỗ trợ tích hợp và thoát nghèo",
            "Hỗ trợ các hộ gia đình thoát nghèo thông qua các gói dịch vụ và trợ cấp tích hợp",
        ),
        "id": (
            "Paket terpadu dan graduasi",
            "Mendukung keluarga keluar dari kemiskinan melalui paket terpadu layanan dan bantuan tunai",
        ),
    },
    "employment": {
        "fr": ("Emploi et protection sociale", "Lier l'emploi et la protection sociale pour la population d'âge actif"),
        "es": ("Empleo y protección social", "Vincular el empleo y la protección social para la población en edad activa"),
        "pt": ("Emprego e proteção social", "Vincular o emprego e a proteção social para a população em idade ativa"),
        "zh-hans": ("就业与社会保护相衔接", "为劳动年龄人口将就业与社会保护相衔接"),
        "km": ("ការភ្ជាប់ការងារ និងកិច្ចគាំពារសង្គម", "ការភ្ជាប់ការងារ និងកិច្ចគាំពារសង្គមសម្រាប់ប្រជាជនក្នុងវ័យពលកម្ម"),
        "lo": ("ເຊື່ອມໂຍງການຈ້າງງານ ແລະ ການປົກປ້ອງສັງຄົມ", "ການເຊື່ອມໂຍງການຈ້າງງານ ແລະ ການປົກປ້ອງສັງຄົມສຳລັບປະຊາກອນໃນໄວແຮງງານ"),
        "th": ("การจ้างงานกับการคุ้มครองทางสังคม", "การเชื่อมโยงการจ้างงานกับการคุ้มครองทางสังคมสำหรับประชากรวัยทำงาน"),
        "vi": ("Gắn kết việc làm và an sinh xã hội", "Gắn kết việc làm với an sinh xã hội cho dân số trong độ tuổi lao động"),
        "id": ("Ketenagakerjaan dan perlindungan sosial", "Menghubungkan ketenagakerjaan dan perlindungan sosial bagi penduduk usia kerja"),
    },
    "economic-sectors": {
        "fr": (
            "Développement des secteurs économiques",
            "Développer des secteurs de l'économie en combinant des mesures de protection sociale et d'emploi",
        ),
        "es": (
            "Desarrollo de sectores económicos",
            "Desarrollar sectores de la economía mediante medidas combinadas de protección social y empleo",
        ),
        "pt": (
            "Desenvolvimento de setores econômicos",
            "Desenvolver setores da economia por meio de medidas combinadas de proteção social e emprego",
        ),
        "zh-hans": ("发展经济部门", "通过社会保护与就业相结合的措施发展经济部门"),
        "km": ("ការអភិវឌ្ឍវិស័យសេដ្ឋកិច្ច", "ការអភិវឌ្ឍវិស័យសេដ្ឋកិច្ច តាមរយៈវិធានការរួមបញ្ចូលគ្នានៃកិច្ចគាំពារសង្គម និងការងារ"),
        "lo": ("ການພັດທະນາຂະແໜງເສດຖະກິດ", "ການພັດທະນາຂະແໜງການເສດຖະກິດ ຜ່ານມາດຕະການປົກປ້ອງສັງຄົມ ແລະ ການຈ້າງງານແບບປະສົມປະສານ"),
        "th": ("การพัฒนาภาคเศรษฐกิจ", "การพัฒนาภาคส่วนต่าง ๆ ของเศรษฐกิจผ่านมาตรการด้านการคุ้มครองทางสังคมและการจ้างงานที่ผสมผสานกัน"),
        "vi": ("Phát triển các ngành kinh tế", "Phát triển các ngành kinh tế thông qua kết hợp các biện pháp an sinh xã hội và việc làm"),
        "id": (
            "Pengembangan sektor ekonomi",
            "Mengembangkan sektor-sektor ekonomi melalui kombinasi langkah perlindungan sosial dan ketenagakerjaan",
        ),
    },
    "mis": {
        "fr": ("Systèmes d'information de gestion", "Transparence et traçabilité grâce aux systèmes d'information de gestion"),
        "es": ("Sistemas de información de gestión", "Transparencia y trazabilidad mediante sistemas de información de gestión"),
        "pt": ("Sistemas de informação de gestão", "Transparência e rastreabilidade por meio de sistemas de informação de gestão"),
        "zh-hans": ("管理信息系统", "通过管理信息系统实现透明度和可追溯性"),
        "km": ("ប្រព័ន្ធគ្រប់គ្រងព័ត៌មាន", "តម្លាភាព និងលទ្ធភាពតាមដានតាមរយៈប្រព័ន្ធគ្រប់គ្រងព័ត៌មាន"),
        "lo": ("ລະບົບຂໍ້ມູນຂ່າວສານເພື່ອການຄຸ້ມຄອງ", "ຄວາມໂປ່ງໃສ ແລະ ການກວດສອບຍ້ອນຫຼັງໄດ້ ຜ່ານລະບົບຂໍ້ມູນຂ່າວສານເພື່ອການຄຸ້ມຄອງ"),
        "th": ("ระบบสารสนเทศเพื่อการบริหาร", "ความโปร่งใสและการตรวจสอบย้อนกลับได้ผ่านระบบสารสนเทศเพื่อการบริหารจัดการ"),
        "vi": ("Hệ thống thông tin quản lý", "Bảo đảm minh bạch và khả năng truy vết thông qua hệ thống thông tin quản lý"),
        "id": ("Sistem informasi manajemen", "Transparansi dan ketertelusuran melalui sistem informasi manajemen"),
    },
}

# Stages of building a Social Protection Floor
TRANSLATIONS["stage"] = {
    "advocacy": {
        "fr": ("Plaidoyer", "Plaidoyer auprès du gouvernement et des partenaires sociaux en faveur du socle de protection sociale"),
        "es": ("Promoción", "Promoción del piso de protección social ante el gobierno y los interlocutores sociales"),
        "pt": ("Incidência política", "Incidência junto ao governo e aos parceiros sociais em favor do piso de proteção social"),
        "zh-hans": ("倡导", "就社会保护底线向政府和社会伙伴开展倡导"),
        "km": ("ការតស៊ូមតិ", "ការតស៊ូមតិទៅកាន់រដ្ឋាភិបាល និងដៃគូសង្គមស្ដីពីមូលដ្ឋានគាំពារសង្គម"),
        "lo": ("ການໂຄສະນາສົ່ງເສີມ", "ການໂຄສະນາສົ່ງເສີມຕໍ່ລັດຖະບານ ແລະ ຄູ່ຮ່ວມສັງຄົມ ກ່ຽວກັບພື້ນຖານການປົກປ້ອງສັງຄົມ"),
        "th": ("การผลักดันเชิงนโยบาย", "การผลักดันเชิงนโยบายต่อรัฐบาลและหุ้นส่วนทางสังคมเกี่ยวกับฐานการคุ้มครองทางสังคม"),
        "vi": ("Vận động chính sách", "Vận động chính sách với Chính phủ và các đối tác xã hội về sàn an sinh xã hội"),
        "id": ("Advokasi", "Advokasi kepada pemerintah dan mitra sosial mengenai perlindungan sosial dasar"),
    },
    "assessment": {
        "fr": (
            "Évaluation et dialogue national",
            "Exercices d'évaluation, chiffrage des coûts et dialogue national fondé sur une évaluation",
        ),
        "es": ("Evaluación y diálogo nacional", "Ejercicios de evaluación, cálculo de costos y diálogo nacional basado en la evaluación"),
        "pt": ("Avaliação e diálogo nacional", "Exercícios de avaliação, cálculo de custos e diálogo nacional baseado em avaliação"),
        "zh-hans": ("评估与国家对话", "评估工作、成本测算和基于评估的国家对话"),
        "km": ("ការវាយតម្លៃ និងកិច្ចសន្ទនាថ្នាក់ជាតិ", "ការវាយតម្លៃ ការគណនាថ្លៃដើម និងកិច្ចសន្ទនាថ្នាក់ជាតិផ្អែកលើការវាយតម្លៃ"),
        "lo": ("ການປະເມີນ ແລະ ການສົນທະນາລະດັບຊາດ", "ການປະເມີນ, ການຄິດໄລ່ຄ່າໃຊ້ຈ່າຍ ແລະ ການສົນທະນາລະດັບຊາດບົນພື້ນຖານການປະເມີນ"),
        "th": ("การประเมินและการหารือระดับชาติ", "การประเมิน การคำนวณต้นทุน และการหารือระดับชาติบนพื้นฐานของผลการประเมิน"),
        "vi": ("Đánh giá và đối thoại quốc gia", "Các hoạt động đánh giá, tính toán chi phí và đối thoại quốc gia dựa trên đánh giá"),
        "id": ("Kajian dan dialog nasional", "Kegiatan kajian, perhitungan biaya, dan dialog nasional berbasis kajian"),
    },
    "design": {
        "fr": (
            "Conception des régimes",
            "Conception des régimes : panier de prestations, étude actuarielle, dispositifs institutionnels, lois et règlements",
        ),
        "es": (
            "Diseño de regímenes",
            "Diseño de regímenes: paquete de prestaciones, estudio actuarial, arreglos institucionales, leyes y reglamentos",
        ),
        "pt": (
            "Desenho de regimes",
            "Desenho de regimes: pacote de benefícios, estudo atuarial, arranjos institucionais, leis e regulamentos",
        ),
        "zh-hans": ("计划设计", "计划设计：待遇包、精算研究、机构安排、法律法规"),
        "km": ("ការរៀបចំរបប", "ការរៀបចំរបប៖ កញ្ចប់អត្ថប្រយោជន៍ ការសិក្សាគណិតវិទ្យាធានារ៉ាប់រង ការរៀបចំស្ថាប័ន ច្បាប់ និងបទប្បញ្ញត្តិ"),
        "lo": ("ການອອກແບບລະບົບ", "ການອອກແບບລະບົບ: ຊຸດຜົນປະໂຫຍດ, ການສຶກສາທາງຄະນິດສາດປະກັນໄພ, ການຈັດຕັ້ງສະຖາບັນ, ກົດໝາຍ ແລະ ລະບຽບການ"),
        "th": ("การออกแบบโครงการ", "การออกแบบโครงการ: ชุดสิทธิประโยชน์ การศึกษาคณิตศาสตร์ประกันภัย การจัดการเชิงสถาบัน กฎหมายและระเบียบ"),
        "vi": ("Thiết kế chế độ", "Thiết kế chế độ: gói quyền lợi, nghiên cứu định phí bảo hiểm, sắp xếp thể chế, luật và quy định"),
        "id": ("Desain skema", "Desain skema: paket manfaat, kajian aktuaria, pengaturan kelembagaan, undang-undang dan peraturan"),
    },
    "delivery": {
        "fr": (
            "Coordination et mise en œuvre",
            "Mécanismes de coordination et de mise en œuvre : services de proximité, gestion de cas, systèmes d'information",
        ),
        "es": ("Coordinación y prestación", "Mecanismos de coordinación y prestación: alcance, gestión de casos, sistemas de información"),
        "pt": ("Coordenação e prestação", "Mecanismos de coordenação e prestação: busca ativa, gestão de casos, sistemas de informação"),
        "zh-hans": ("协调与实施", "协调和实施机制：外展服务、个案管理、信息系统"),
        "km": ("ការសម្របសម្រួល និងការផ្ដល់សេវា", "យន្តការសម្របសម្រួល និងការផ្ដល់សេវា៖ ការពង្រីកវិសាលភាព ការគ្រប់គ្រងករណី ប្រព័ន្ធព័ត៌មាន"),
        "lo": ("ການປະສານງານ ແລະ ການສະໜອງ", "ກົນໄກການປະສານງານ ແລະ ການສະໜອງ: ການເຂົ້າເຖິງກຸ່ມເປົ້າໝາຍ, ການຄຸ້ມຄອງກໍລະນີ, ລະບົບຂໍ້ມູນຂ່າວສານ"),
        "th": ("การประสานงานและการให้บริการ", "กลไกการประสานงานและการให้บริการ: การเข้าถึงกลุ่มเป้าหมาย การจัดการรายกรณี ระบบสารสนเทศ"),
        "vi": ("Điều phối và thực hiện", "Cơ chế điều phối và thực hiện: tiếp cận đối tượng, quản lý trường hợp, hệ thống thông tin"),
        "id": ("Koordinasi dan penyaluran", "Mekanisme koordinasi dan penyaluran: penjangkauan, manajemen kasus, sistem informasi"),
    },
    "awareness": {
        "fr": (
            "Éducation et sensibilisation",
            "Expliquer et éduquer : identité visuelle du socle de protection sociale, vidéos, radio, partenariats avec les universités",
        ),
        "es": (
            "Educación y sensibilización",
            "Explicar y educar: identidad visual del piso de protección social, videos, radio, alianzas con universidades",
        ),
        "pt": (
            "Educação e sensibilização",
            "Explicar e educar: identidade visual do piso de proteção social, vídeos, rádio, parcerias com universidades",
        ),
        "zh-hans": ("教育与宣传", "解释与教育：社会保护底线品牌标识、视频、广播、与大学的合作"),
        "km": ("ការអប់រំ និងការលើកកម្ពស់ការយល់ដឹង", "ការពន្យល់ និងការអប់រំ៖ អត្តសញ្ញាណម៉ាកនៃមូលដ្ឋានគាំពារសង្គម វីដេអូ វិទ្យុ ភាពជាដៃគូជាមួយសាកលវិទ្យាល័យ"),
        "lo": ("ການສຶກສາ ແລະ ການສ້າງຄວາມຮັບຮູ້", "ການອະທິບາຍ ແລະ ໃຫ້ຄວາມຮູ້: ເອກະລັກຂອງພື້ນຖານການປົກປ້ອງສັງຄົມ, ວິດີໂອ, ວິທະຍຸ, ການຮ່ວມມືກັບມະຫາວິທະຍາໄລ"),
        "th": ("การให้ความรู้และสร้างความตระหนัก", "การอธิบายและให้ความรู้: การสร้างแบรนด์ฐานการคุ้มครองทางสังคม วิดีโอ วิทยุ ความร่วมมือกับมหาวิทยาลัย"),
        "vi": (
            "Giáo dục và nâng cao nhận thức",
            "Giải thích và giáo dục: nhận diện thương hiệu sàn an sinh xã hội, video, phát thanh, hợp tác với các trường đại học",
        ),
        "id": (
            "Edukasi dan peningkatan kesadaran",
            "Menjelaskan dan mengedukasi: identitas merek perlindungan sosial dasar, video, radio, kemitraan dengan universitas",
        ),
    },
    "knowledge-sharing": {
        "fr": ("Partage des connaissances", "Partage des connaissances, recherche et formation"),
        "es": ("Intercambio de conocimientos", "Intercambio de conocimientos, investigación y formación"),
        "pt": ("Compartilhamento de conhecimentos", "Compartilhamento de conhecimentos, pesquisa e capacitação"),
        "zh-hans": ("知识共享", "知识共享、研究和培训"),
        "km": ("ការចែករំលែកចំណេះដឹង", "ការចែករំលែកចំណេះដឹង ការស្រាវជ្រាវ និងការបណ្ដុះបណ្ដាល"),
        "lo": ("ການແລກປ່ຽນຄວາມຮູ້", "ການແລກປ່ຽນຄວາມຮູ້, ການຄົ້ນຄວ້າ ແລະ ການຝຶກອົບຮົມ"),
        "th": ("การแบ่งปันความรู้", "การแบ่งปันความรู้ การวิจัย และการฝึกอบรม"),
        "vi": ("Chia sẻ kiến thức", "Chia sẻ kiến thức, nghiên cứu và đào tạo"),
        "id": ("Berbagi pengetahuan", "Berbagi pengetahuan, penelitian, dan pelatihan"),
    },
}

# Modalities of South-South exchange
TRANSLATIONS["modality"] = {
    "technical-support": {
        "fr": (
            "Appui technique direct",
            "Une institution conseille directement une autre, par exemple le NHSO de Thaïlande auprès de la NSSF du Cambodge",
        ),
        "es": (
            "Apoyo técnico directo",
            "Una institución asesora directamente a otra, por ejemplo la NHSO de Tailandia a la NSSF de Camboya",
        ),
        "pt": ("Apoio técnico direto", "Uma instituição assessora diretamente outra, por exemplo o NHSO da Tailândia ao NSSF do Camboja"),
        "zh-hans": (
            "直接技术支持",
            "一个机构直接为另一个机构提供咨询，例如泰国国家健康保障办公室（NHSO）为柬埔寨国家社会保障基金（NSSF）提供咨询",
        ),
        "km": ("ការគាំទ្របច្ចេកទេសផ្ទាល់", "ស្ថាប័នមួយផ្ដល់ប្រឹក្សាដោយផ្ទាល់ដល់ស្ថាប័នមួយទៀត ឧទាហរណ៍ NHSO ប្រទេសថៃ ដល់បេឡាជាតិរបបសន្តិសុខសង្គម (ប.ស.ស.) កម្ពុជា"),
        "lo": ("ການສະໜັບສະໜູນວິຊາການໂດຍກົງ", "ສະຖາບັນໜຶ່ງໃຫ້ຄຳປຶກສາແກ່ອີກສະຖາບັນໜຶ່ງໂດຍກົງ ເຊັ່ນ: NHSO ຂອງໄທ ໃຫ້ແກ່ NSSF ຂອງກຳປູເຈຍ"),
        "th": (
            "การสนับสนุนทางวิชาการโดยตรง",
            "หน่วยงานหนึ่งให้คำปรึกษาแก่อีกหน่วยงานหนึ่งโดยตรง เช่น สำนักงานหลักประกันสุขภาพแห่งชาติ (สปสช.) ของไทย ให้แก่กองทุนประกันสังคมแห่งชาติ (NSSF) ของกัมพูชา",
        ),
        "vi": ("Hỗ trợ kỹ thuật trực tiếp", "Một cơ quan tư vấn trực tiếp cho một cơ quan khác, ví dụ NHSO Thái Lan hỗ trợ NSSF Campuchia"),
        "id": (
            "Dukungan teknis langsung",
            "Satu lembaga memberikan saran langsung kepada lembaga lain, misalnya NHSO Thailand kepada NSSF Kamboja",
        ),
    },
    "study-tour": {
        "fr": ("Voyage d'étude", "Une délégation se rend dans un pays pour observer un programme en action"),
        "es": ("Visita de estudio", "Una delegación visita un país para observar un programa en funcionamiento"),
        "pt": ("Visita de estudo", "Uma delegação visita um país para conhecer um programa em funcionamento"),
        "zh-hans": ("考察访问", "代表团赴某国实地考察项目的运行情况"),
        "km": ("ទស្សនកិច្ចសិក្សា", "គណៈប្រតិភូមួយធ្វើទស្សនកិច្ចនៅប្រទេសមួយ ដើម្បីមើលការអនុវត្តកម្មវិធីជាក់ស្ដែង"),
        "lo": ("ການທັດສະນະສຶກສາ", "ຄະນະຜູ້ແທນໄປຢ້ຽມຢາມປະເທດໃດໜຶ່ງ ເພື່ອເບິ່ງການຈັດຕັ້ງປະຕິບັດແຜນງານຕົວຈິງ"),
        "th": ("การศึกษาดูงาน", "คณะผู้แทนเดินทางไปยังประเทศหนึ่งเพื่อศึกษาการดำเนินงานของโครงการในสถานที่จริง"),
        "vi": ("Khảo sát học tập", "Một đoàn đại biểu đến thăm một quốc gia để tìm hiểu thực tế hoạt động của một chương trình"),
        "id": ("Kunjungan studi", "Delegasi mengunjungi suatu negara untuk melihat langsung pelaksanaan sebuah program"),
    },
    "workshop": {
        "fr": ("Atelier", "Atelier réunissant plusieurs pays, où des praticiens présentent leur expérience"),
        "es": ("Taller", "Taller con varios países en el que profesionales presentan su experiencia"),
        "pt": ("Oficina", "Oficina com vários países em que profissionais apresentam sua experiência"),
        "zh-hans": ("研讨会", "多国研讨会，由实践者介绍各自的经验"),
        "km": ("សិក្ខាសាលា", "សិក្ខាសាលាពហុប្រទេស ដែលអ្នកអនុវត្តបង្ហាញបទពិសោធន៍របស់ខ្លួន"),
        "lo": ("ກອງປະຊຸມສຳມະນາ", "ກອງປະຊຸມສຳມະນາຫຼາຍປະເທດ ເຊິ່ງຜູ້ປະຕິບັດງານນຳສະເໜີປະສົບການຂອງຕົນ"),
        "th": ("การประชุมเชิงปฏิบัติการ", "การประชุมเชิงปฏิบัติการหลายประเทศที่ผู้ปฏิบัติงานนำเสนอประสบการณ์ของตน"),
        "vi": ("Hội thảo", "Hội thảo đa quốc gia, nơi những người thực hiện chia sẻ kinh nghiệm của mình"),
        "id": ("Lokakarya", "Lokakarya multinegara tempat para praktisi memaparkan pengalaman mereka"),
    },
    "peer-review": {
        "fr": ("Examen par les pairs", "Des praticiens d'un autre pays examinent un régime ou un projet de loi"),
        "es": ("Revisión por pares", "Profesionales de otro país examinan un régimen o un proyecto de ley"),
        "pt": ("Revisão por pares", "Profissionais de outro país analisam um regime ou um projeto de lei"),
        "zh-hans": ("同行评议", "来自另一国家的实践者对某一计划或法律草案进行评议"),
        "km": ("ការពិនិត្យដោយសហការី", "អ្នកអនុវត្តមកពីប្រទេសមួយផ្សេងទៀត ពិនិត្យរបបមួយ ឬសេចក្ដីព្រាងច្បាប់"),
        "lo": ("ການທົບທວນໂດຍເພື່ອນຮ່ວມວິຊາຊີບ", "ຜູ້ປະຕິບັດງານຈາກປະເທດອື່ນ ທົບທວນລະບົບໃດໜຶ່ງ ຫຼື ຮ່າງກົດໝາຍ"),
        "th": ("การทบทวนโดยเพื่อนร่วมวิชาชีพ", "ผู้ปฏิบัติงานจากประเทศอื่นทบทวนโครงการหรือร่างกฎหมาย"),
        "vi": ("Đánh giá đồng cấp", "Những người thực hiện từ một quốc gia khác xem xét một chế độ hoặc một dự thảo luật"),
        "id": ("Tinjauan sejawat", "Praktisi dari negara lain meninjau suatu skema atau rancangan undang-undang"),
    },
    "centre-of-excellence": {
        "fr": ("Centre d'excellence", "Un centre régional qui forme et conseille, par exemple sur le financement de la santé"),
        "es": ("Centro de excelencia", "Un centro regional que capacita y asesora, por ejemplo sobre la financiación de la salud"),
        "pt": ("Centro de excelência", "Um centro regional que capacita e assessora, por exemplo sobre o financiamento da saúde"),
        "zh-hans": ("卓越中心", "提供培训和咨询的区域中心，例如在卫生筹资方面"),
        "km": ("មជ្ឈមណ្ឌលឧត្ដមភាព", "មជ្ឈមណ្ឌលថ្នាក់តំបន់ដែលផ្ដល់ការបណ្ដុះបណ្ដាល និងប្រឹក្សា ឧទាហរណ៍ លើហិរញ្ញប្បទានសុខាភិបាល"),
        "lo": ("ສູນຄວາມເປັນເລີດ", "ສູນລະດັບພາກພື້ນທີ່ໃຫ້ການຝຶກອົບຮົມ ແລະ ໃຫ້ຄຳປຶກສາ ເຊັ່ນ: ດ້ານການສະໜອງທຶນດ້ານສຸຂະພາບ"),
        "th": ("ศูนย์ความเป็นเลิศ", "ศูนย์ระดับภูมิภาคที่ให้การฝึกอบรมและคำปรึกษา เช่น ด้านการเงินการคลังสุขภาพ"),
        "vi": ("Trung tâm xuất sắc", "Một trung tâm khu vực cung cấp đào tạo và tư vấn, ví dụ về tài chính y tế"),
        "id": (
            "Pusat unggulan",
            "Pusat regional yang menyelenggarakan pelatihan dan memberikan saran, misalnya tentang pembiayaan kesehatan",
        ),
    },
    "triangular": {
        "fr": (
            "Coopération triangulaire",
            "Coopération Sud-Sud appuyée par un partenaire tel que l'OIT, le Japon, la Chine ou le Luxembourg",
        ),
        "es": ("Cooperación triangular", "Cooperación Sur-Sur apoyada por un socio como la OIT, Japón, China o Luxemburgo"),
        "pt": ("Cooperação triangular", "Cooperação Sul-Sul apoiada por um parceiro como a OIT, o Japão, a China ou Luxemburgo"),
        "zh-hans": ("三角合作", "由国际劳工组织、日本、中国或卢森堡等伙伴支持的南南合作"),
        "km": ("កិច្ចសហប្រតិបត្តិការត្រីកោណ", "កិច្ចសហប្រតិបត្តិការត្បូង-ត្បូង ដែលគាំទ្រដោយដៃគូ ដូចជា អង្គការពលកម្មអន្តរជាតិ ជប៉ុន ចិន ឬលុចសំបួ"),
        "lo": ("ການຮ່ວມມືສາມຫຼ່ຽມ", "ການຮ່ວມມືໃຕ້-ໃຕ້ ທີ່ໄດ້ຮັບການສະໜັບສະໜູນຈາກຄູ່ຮ່ວມມື ເຊັ່ນ: ອົງການແຮງງານສາກົນ, ຍີ່ປຸ່ນ, ຈີນ ຫຼື ລຸກຊຳບົວ"),
        "th": ("ความร่วมมือแบบสามเส้า", "ความร่วมมือใต้-ใต้ที่ได้รับการสนับสนุนจากหุ้นส่วน เช่น องค์การแรงงานระหว่างประเทศ ญี่ปุ่น จีน หรือลักเซมเบิร์ก"),
        "vi": ("Hợp tác tam giác", "Hợp tác Nam-Nam được hỗ trợ bởi một đối tác như ILO, Nhật Bản, Trung Quốc hoặc Luxembourg"),
        "id": (
            "Kerja sama triangular",
            "Kerja sama Selatan-Selatan yang didukung oleh mitra seperti ILO, Jepang, Tiongkok, atau Luksemburg",
        ),
    },
    "remote-advice": {
        "fr": ("Conseil à distance", "Conseils par visioconférence et échanges de documents"),
        "es": ("Asesoría a distancia", "Asesoramiento por videollamadas e intercambio de documentos"),
        "pt": ("Assessoria a distância", "Assessoria por videochamadas e troca de documentos"),
        "zh-hans": ("远程咨询", "通过视频通话和文件交换提供咨询"),
        "km": ("ការប្រឹក្សាពីចម្ងាយ", "ការផ្ដល់ប្រឹក្សាតាមរយៈការហៅជាវីដេអូ និងការផ្លាស់ប្ដូរឯកសារ"),
        "lo": ("ການໃຫ້ຄຳປຶກສາທາງໄກ", "ການໃຫ້ຄຳປຶກສາຜ່ານການໂທວິດີໂອ ແລະ ການແລກປ່ຽນເອກະສານ"),
        "th": ("การให้คำปรึกษาทางไกล", "การให้คำปรึกษาผ่านการประชุมทางวิดีโอและการแลกเปลี่ยนเอกสาร"),
        "vi": ("Tư vấn từ xa", "Tư vấn qua các cuộc gọi video và trao đổi tài liệu"),
        "id": ("Konsultasi jarak jauh", "Pemberian saran melalui panggilan video dan pertukaran dokumen"),
    },
    "expert-mission": {
        "fr": ("Mission d'expert", "Un expert se rend dans le pays demandeur pour une tâche définie"),
        "es": ("Misión de experto", "Un experto viaja al país solicitante para realizar una tarea definida"),
        "pt": ("Missão de especialista", "Um especialista viaja ao país solicitante para realizar uma tarefa definida"),
        "zh-hans": ("专家派遣", "专家前往提出请求的国家执行特定任务"),
        "km": ("បេសកកម្មអ្នកជំនាញ", "អ្នកជំនាញធ្វើដំណើរទៅកាន់ប្រទេសដែលស្នើសុំ ដើម្បីបំពេញភារកិច្ចជាក់លាក់មួយ"),
        "lo": ("ພາລະກິດຂອງຊ່ຽວຊານ", "ຊ່ຽວຊານເດີນທາງໄປປະເທດທີ່ຮ້ອງຂໍ ເພື່ອປະຕິບັດໜ້າທີ່ທີ່ກຳນົດໄວ້"),
        "th": ("การส่งผู้เชี่ยวชาญ", "ผู้เชี่ยวชาญเดินทางไปยังประเทศที่ร้องขอเพื่อปฏิบัติภารกิจที่กำหนด"),
        "vi": ("Đoàn công tác chuyên gia", "Một chuyên gia đến quốc gia đề nghị hỗ trợ để thực hiện một nhiệm vụ cụ thể"),
        "id": ("Misi tenaga ahli", "Seorang tenaga ahli berkunjung ke negara peminta untuk menjalankan tugas tertentu"),
    },
}

# Regions of demo/regions.py: names only
TRANSLATIONS["region"] = {
    "asean": {
        "fr": ("ASEAN", ""),
        "es": ("ASEAN", ""),
        "pt": ("ASEAN", ""),
        "zh-hans": ("东盟", ""),
        "km": ("អាស៊ាន", ""),
        "lo": ("ອາຊຽນ", ""),
        "th": ("อาเซียน", ""),
        "vi": ("ASEAN", ""),
        "id": ("ASEAN", ""),
    },
    "east-asia": {
        "fr": ("Asie de l'Est", ""),
        "es": ("Asia Oriental", ""),
        "pt": ("Ásia Oriental", ""),
        "zh-hans": ("东亚", ""),
        "km": ("អាស៊ីបូព៌ា", ""),
        "lo": ("ອາຊີຕາເວັນອອກ", ""),
        "th": ("เอเชียตะวันออก", ""),
        "vi": ("Đông Á", ""),
        "id": ("Asia Timur", ""),
    },
    "south-asia": {
        "fr": ("Asie du Sud", ""),
        "es": ("Asia Meridional", ""),
        "pt": ("Ásia Meridional", ""),
        "zh-hans": ("南亚", ""),
        "km": ("អាស៊ីខាងត្បូង", ""),
        "lo": ("ອາຊີໃຕ້", ""),
        "th": ("เอเชียใต้", ""),
        "vi": ("Nam Á", ""),
        "id": ("Asia Selatan", ""),
    },
    "central-asia": {
        "fr": ("Asie centrale", ""),
        "es": ("Asia Central", ""),
        "pt": ("Ásia Central", ""),
        "zh-hans": ("中亚", ""),
        "km": ("អាស៊ីកណ្ដាល", ""),
        "lo": ("ອາຊີກາງ", ""),
        "th": ("เอเชียกลาง", ""),
        "vi": ("Trung Á", ""),
        "id": ("Asia Tengah", ""),
    },
    "pacific": {
        "fr": ("Pacifique", ""),
        "es": ("Pacífico", ""),
        "pt": ("Pacífico", ""),
        "zh-hans": ("太平洋", ""),
        "km": ("ប៉ាស៊ីហ្វិក", ""),
        "lo": ("ປາຊີຟິກ", ""),
        "th": ("แปซิฟิก", ""),
        "vi": ("Thái Bình Dương", ""),
        "id": ("Pasifik", ""),
    },
    "arab-states": {
        "fr": ("États arabes", ""),
        "es": ("Estados Árabes", ""),
        "pt": ("Estados Árabes", ""),
        "zh-hans": ("阿拉伯国家", ""),
        "km": ("រដ្ឋអារ៉ាប់", ""),
        "lo": ("ບັນດາລັດອາຣັບ", ""),
        "th": ("รัฐอาหรับ", ""),
        "vi": ("Các quốc gia Ả Rập", ""),
        "id": ("Negara-negara Arab", ""),
    },
    "africa": {
        "fr": ("Afrique", ""),
        "es": ("África", ""),
        "pt": ("África", ""),
        "zh-hans": ("非洲", ""),
        "km": ("អាហ្វ្រិក", ""),
        "lo": ("ອາຟຣິກາ", ""),
        "th": ("แอฟริกา", ""),
        "vi": ("Châu Phi", ""),
        "id": ("Afrika", ""),
    },
    "europe": {
        "fr": ("Europe", ""),
        "es": ("Europa", ""),
        "pt": ("Europa", ""),
        "zh-hans": ("欧洲", ""),
        "km": ("អឺរ៉ុប", ""),
        "lo": ("ເອີຣົບ", ""),
        "th": ("ยุโรป", ""),
        "vi": ("Châu Âu", ""),
        "id": ("Eropa", ""),
    },
    "latin-america": {
        "fr": ("Amérique latine et Caraïbes", ""),
        "es": ("América Latina y el Caribe", ""),
        "pt": ("América Latina e Caribe", ""),
        "zh-hans": ("拉丁美洲和加勒比", ""),
        "km": ("អាមេរិកឡាទីន និងការ៉ាប៊ីន", ""),
        "lo": ("ອາເມລິກາລາຕິນ ແລະ ຄາຣິບບຽນ", ""),
        "th": ("ละตินอเมริกาและแคริบเบียน", ""),
        "vi": ("Mỹ Latinh và Caribe", ""),
        "id": ("Amerika Latin dan Karibia", ""),
    },
    "north-america": {
        "fr": ("Amérique du Nord", ""),
        "es": ("América del Norte", ""),
        "pt": ("América do Norte", ""),
        "zh-hans": ("北美洲", ""),
        "km": ("អាមេរិកខាងជើង", ""),
        "lo": ("ອາເມລິກາເໜືອ", ""),
        "th": ("อเมริกาเหนือ", ""),
        "vi": ("Bắc Mỹ", ""),
        "id": ("Amerika Utara", ""),
    },
}

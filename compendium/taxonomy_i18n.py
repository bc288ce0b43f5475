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

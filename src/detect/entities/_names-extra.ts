/**
 * Names that faker's locale data lacks, lowercase: common Nigerian (Yoruba, Igbo, Hausa),
 * Ghanaian, Kenyan and South African names (the product serves NDPA users), South and Southeast
 * Asian, southern and eastern African, Turkish and romanised Arabic names, Basque, Catalan and
 * Galician, Irish, Scottish Gaelic and Welsh given names, and the most common Chinese, Japanese, Korean and Vietnamese names as
 * written in Latin script (faker ships those locales in their own scripts only). Lists of
 * frequent names, not of any dataset.
 */

export const EXTRA_FIRST_NAMES: readonly string[] = [
  // Yoruba
  'ade', 'adebayo', 'adebola', 'adeola', 'adewale', 'ayodele', 'ayomide', 'babajide', 'bimbo', 'bisi', 'bolanle', 'bukola',
  'damilola', 'dayo', 'femi', 'folake', 'funke', 'funmilayo', 'gbenga', 'jide', 'kayode', 'kehinde', 'kunle', 'lola',
  'niyi', 'olamide', 'olumide', 'oluwaseun', 'segun', 'seun', 'sola', 'taiwo', 'temitope', 'titilayo', 'tobi', 'tolu',
  'tomi', 'tope', 'tunde', 'wale', 'yemi', 'yetunde', 'abiodun', 'adunni', 'morenike', 'opeyemi', 'ifeoluwa',
  // Igbo
  'adaeze', 'adanna', 'amaka', 'amarachi', 'chiamaka', 'chidi', 'chidinma', 'chika', 'chinedu', 'chinonso', 'chinwe',
  'chioma', 'chukwuemeka', 'ebuka', 'ekene', 'emeka', 'ifeanyi', 'ifeoma', 'ijeoma', 'kelechi', 'ngozi', 'nkechi',
  'nneka', 'nnamdi', 'obinna', 'obiora', 'okey', 'somto', 'tochukwu', 'uche', 'uchenna', 'chibuzor', 'ogechi',
  // Hausa / northern Nigeria
  'abdullahi', 'aliyu', 'amina', 'aminu', 'auwal', 'bashir', 'bilkisu', 'hadiza', 'hauwa', 'idris', 'jibril', 'kabiru',
  'lawal', 'maryam', 'nasir', 'rabiu', 'safiya', 'sani', 'shehu', 'umar', 'usman', 'yakubu', 'zainab', 'halima',
  'abubakar', 'bello', 'garba', 'haruna', 'nasiru', 'sule', 'umaru', 'rakiya', 'jamilu', 'murtala', 'salisu', 'tijjani',
  'balarabe', 'dahiru', 'hussaini', 'ahmadu', 'muhammadu', 'nafisa', 'zulai', 'jummai', 'ladi', 'asabe',
  // Ghana, Kenya, South Africa
  'kwame', 'kofi', 'kwaku', 'kwabena', 'yaw', 'akosua', 'ama', 'abena', 'efua', 'esi', 'wanjiru', 'njeri', 'wambui',
  'akinyi', 'achieng', 'kipchoge', 'otieno', 'thabo', 'sipho', 'lerato', 'thandiwe', 'nomvula', 'bongani', 'mandla',
  'wanjiku', 'wairimu', 'nyambura', 'wangari', 'muthoni', 'njoki', 'wangui', 'wanjala', 'atieno', 'awino', 'adhiambo',
  'anyango', 'nekesa', 'naliaka', 'chebet', 'chepkoech', 'jepkosgei', 'kiprono', 'kibet', 'kiprop', 'cheruiyot',
  // Akan day names and other frequent Ghanaian given names
  'kojo', 'kwadwo', 'kwasi', 'akwasi', 'kwesi', 'kobina', 'ekow', 'fiifi', 'ato', 'yaa', 'akua', 'afua', 'adwoa', 'adjoa',
  'afia', 'abenaa', 'kukua', 'araba', 'ekua', 'efia', 'yaaba', 'nii', 'naa', 'dede', 'selorm', 'elikem', 'senyo', 'dzifa',
  // South Asia (India, Pakistan, Bangladesh), Southeast Asia (Thailand, Indonesia, Malaysia, Philippines)
  'siddharth', 'amit', 'vikram', 'rajesh', 'sunil', 'deepak', 'pooja', 'sneha', 'kavita', 'ayesha', 'saima', 'faisal',
  'tariq', 'asif', 'naveed', 'rashid', 'shahid', 'waqar', 'zubair', 'rafiq', 'nasreen', 'shirin', 'tahmina', 'farhana',
  'nusrat', 'rubina', 'sadia', 'shakil', 'mizanur', 'shafiq', 'anwar', 'somchai', 'somsak', 'sompong', 'malee',
  'nattapong', 'siriporn', 'pornthip', 'rizal', 'farid', 'hafiz', 'azman', 'rosli', 'marites',
  'deepika', 'priyanka', 'aishwarya', 'anushka', 'nisha', 'swati', 'ritu', 'rekha', 'akash', 'aakash', 'nikhil', 'varun',
  'sandeep', 'pradeep', 'praveen', 'srinivas', 'venkat', 'harish', 'manish', 'ashish', 'lokesh', 'nitin', 'sumit', 'ankit',
  'ankita', 'shweta', 'payal', 'preeti', 'komal', 'megha', 'ruchi', 'sapna', 'tanvi',
  // Korean given names, romanised with and without the hyphen
  'ye-jin', 'yejin', 'ji-eun', 'jieun', 'min-seo', 'minseo', 'seo-jun', 'seojun', 'ha-eun', 'haeun', 'do-yoon', 'doyoon',
  'ji-ho', 'jiho', 'su-bin', 'subin', 'eun-ji', 'eunji', 'hye-jin', 'hyejin', 'jae-won', 'jaewon', 'sung-min', 'sungmin',
  'hyun-jin', 'hyunjin',
  // German given names faker's lists lack
  'jürgen', 'jurgen', 'günter', 'gunter', 'uwe', 'holger', 'volker', 'detlef', 'gerd', 'ute', 'heike', 'jutta', 'anke',
  // Sotho, Tswana, Pedi, Xhosa and Venda given names (South Africa, Lesotho, Botswana; faker's zu_ZA has Zulu ones)
  'naledi', 'palesa', 'tshepo', 'lebogang', 'dineo', 'karabo', 'refilwe', 'boitumelo', 'tumelo', 'katlego', 'puleng',
  'mamello', 'keabetswe', 'onthatile', 'kgomotso', 'lesedi', 'kamohelo', 'reitumetse', 'tebogo', 'thato', 'masego',
  'oratile', 'omphile', 'itumeleng', 'bokang', 'rethabile', 'nthabiseng', 'tshegofatso', 'lindiwe', 'nkosinathi', 'sizwe',
  'lwazi', 'siyabonga', 'zodwa', 'andile', 'lungile', 'xolani', 'vuyo', 'anele', 'siphesihle', 'asanda', 'khanyisile',
  'mihlali', 'unathi', 'zintle', 'lutho', 'rendani', 'tshilidzi',
  // US given names among the most given since the 1990s that faker's lists lack
  'brianna', 'shelby', 'nevaeh', 'paisley', 'khloe', 'shayla', 'landon', 'brayden',
  // African-American given names faker's lists lack
  'deandre', 'lakeisha', 'tanisha', 'dequan', 'daquan', 'lashonda', 'tamika', 'tameka', 'lakisha', 'shaniqua', 'latasha', 'jazmine',
  // Senegal, Côte d'Ivoire, Mali (Wolof, Akan-Baoulé, Mande); Tiv, Edo and Ijaw (Nigeria)
  'ndeye', 'fatou', 'awa', 'aminata', 'mamadou', 'moussa', 'ousmane', 'cheikh', 'ibrahima', 'abdoulaye', 'modou',
  'khady', 'coumba', 'mariama', 'seynabou', 'aliou', 'kouassi', 'kouame', 'kouadio', 'konan', 'affoue', 'adjoua',
  'akissi', 'amenan', 'mnena', 'terngu', 'msugh', 'sesugh', 'doosuur', 'mwuese', 'iveren', 'aondona', 'terver',
  'tersoo', 'osaro', 'osagie', 'efosa', 'eghosa', 'osas', 'ebiere', 'tari', 'preye', 'ebi', 'timi',
  // Zimbabwe, Zambia, Ethiopia, East Africa, Turkey
  'tendai', 'tatenda', 'farai', 'rudo', 'chipo', 'nyasha', 'tinashe', 'kudzai', 'tafadzwa', 'mwila', 'mutale', 'bwalya',
  'abebe', 'almaz', 'tsegaye', 'kebede', 'dawit', 'meron', 'selam', 'tigist', 'mulugeta', 'juma', 'baraka', 'neema',
  'rehema', 'zawadi', 'hulya', 'serkan',
  // Arabic given names of the Gulf, the Levant and Egypt, romanised (faker's ar locale writes them in Arabic script)
  'majid', 'saud', 'sultan', 'turki', 'nasser', 'fahad', 'fahd', 'abdulaziz', 'abdulrahman', 'abdulla', 'hamad', 'hamdan',
  'saeed', 'salem', 'mansour', 'nawaf', 'bandar', 'waleed', 'hisham', 'amr', 'mostafa', 'mubarak', 'obaid', 'rakan',
  'talal', 'mishal', 'meshal', 'thamer', 'mohannad', 'muath', 'osama', 'ayman', 'haitham', 'wael', 'marwan', 'ashraf',
  'reem', 'maha', 'huda', 'shaikha', 'sheikha', 'mouza', 'amal', 'hessa', 'nouf', 'ghada', 'rasha', 'heba', 'lulwa',
  'alanoud', 'bashayer', 'dalal', 'ghalia', 'hanan', 'jawaher', 'manal', 'nada', 'nawal', 'rawan', 'sahar', 'wafa',
  // as Egypt romanises them (Egyptian Arabic spells `Khaled`, `Hossam`, `Tarek`), and Coptic given names
  'khaled', 'hany', 'hossam', 'sherif', 'hazem', 'tarek', 'abdelrahman', 'mohab', 'moataz', 'medhat', 'magdy', 'hesham',
  'essam', 'emad', 'nader', 'sameh', 'amgad', 'ehab', 'raafat', 'sayed', 'bishoy', 'nesma', 'shaimaa', 'menna', 'farida',
  'nermeen', 'doaa', 'radwa', 'mahitab', 'engy', 'hoda', 'samah', 'wafaa',
  // Malay and Indonesian given names (`Mohd Haziq bin Zainal`), Balinese birth-order names (`Ketut`, `Wayan`)
  'mohd', 'muhd', 'mohamad', 'firdaus', 'faizal', 'hafizah', 'syafiq', 'aiman', 'izzat', 'azlan', 'azizah', 'amirah', 'aqilah',
  'haziq', 'zulkifli', 'rosmah', 'salmah', 'zainal', 'roslan', 'shahrul', 'nazri', 'norazlina', 'norhayati', 'suhaila',
  'ketut', 'wayan', 'komang', 'kadek', 'yohanes', 'agung', 'sugeng', 'wahyudi', 'yudi', 'yanti', 'rizky', 'fajar', 'arief',
  'endang', 'handayani', 'kurniawati', 'anisa', 'annisa', 'safitri', 'anggraini', 'ilham', 'syahrul', 'firman', 'rendi', 'dedi',
  'deni', 'doni', 'mulyadi', 'robby', 'satria', 'yogi',
  // Filipino given names faker's lists lack
  'charmaine', 'jericho', 'jonel', 'maricel', 'marivic', 'arnel', 'rommel', 'rizalino', 'analyn', 'teresita', 'erlinda',
  'luzviminda', 'shiela', 'jenelyn',
  // Māori, Zulu and Xhosa short forms, Norwegian, and Indian given names among the most given of recent years
  'aroha', 'hemi', 'wiremu', 'rangi', 'anahera', 'kiri', 'manaia', 'nikau', 'ngaire', 'hine', 'awhina', 'thandi', 'olav',
  'torbjorn', 'meera', 'advik', 'reyansh', 'aadhya', 'riya', 'siya', 'navya', 'prisha',
  // Bengali and Urdu given names
  'nasrin', 'farzana', 'shabnam', 'rehana',
  // Sinhala, Nepali and Maldivian given names
  'dilani', 'nirosha', 'chathura', 'kasun', 'nuwan', 'tharindu', 'sanduni', 'ishara', 'dilshan', 'lahiru', 'madushan',
  'nadeesha', 'thilini', 'chamari', 'upul', 'ruwan', 'sajith', 'kumudu', 'pratima', 'dipak', 'sushila', 'prakash', 'binod',
  'santosh', 'nirmala', 'mariyam', 'aishath', 'fathimath',
  // Shona, Chichewa and Bemba given names
  'rutendo', 'rumbidzai', 'kudakwashe', 'chiedza', 'ruvimbo', 'tsitsi', 'vimbai', 'chikondi', 'chimwemwe', 'mphatso',
  'madalitso', 'kondwani', 'limbani', 'tiwonge', 'chisomo', 'mwansa', 'chilufya', 'musonda',
  // Sierra Leone, Liberia and the Gambia (Temne, Mende, Krio, Kpelle and Mandinka given names)
  'fatmata', 'mariatu', 'isatu', 'kadiatu', 'foday', 'sorie', 'alusine', 'sahr', 'kaddy', 'haja',
  // Fijian, Tongan and Samoan given names
  'unaisi', 'maika', 'sione', 'viliami', 'mele', 'losana', 'litia', 'salote', 'seini', 'semisi', 'tevita', 'siosaia', 'alisi',
  'akanesi', 'iosefa', 'tupou', 'mosese',
  // Chinese (pinyin), Japanese, Korean, Vietnamese, South Asian
  'wei', 'fang', 'jing', 'xiaoming', 'xiu', 'yan', 'jun', 'hui', 'ling', 'hao', 'yong', 'qiang', 'lei', 'jie',
  // the most frequent Japanese given names of recent decades, romanised
  'ren', 'minato', 'riku', 'hinata', 'kaito', 'asahi', 'yuma', 'hiroto', 'takumi', 'daiki', 'kenta', 'shota', 'yuta', 'kazuki',
  'naoki', 'taro', 'ichiro', 'makoto', 'satoshi', 'yusuke', 'daisuke', 'kosuke', 'himari', 'yuna', 'akari', 'mio', 'misaki',
  'haruka', 'nanami', 'ayaka', 'yuka', 'natsuki', 'yuko', 'tomoko', 'kumiko', 'mayumi', 'megumi', 'ayumi', 'miyu', 'honoka',
  'hiroshi', 'takeshi', 'kenji', 'akira', 'haruto', 'yuto', 'sota', 'yuki', 'yui', 'aoi', 'hina', 'sakura', 'naoko',
  'yoko', 'keiko', 'aiko', 'akiko', 'emiko', 'hanako', 'kaori', 'mariko', 'michiko', 'noriko', 'sachiko', 'sayaka', 'yoshiko',
  'yumiko', 'hideki', 'hiroki', 'kazuo', 'kazuya', 'masahiro', 'masato', 'ryota', 'tetsuya', 'tomoya', 'yoshio', 'minjun', 'min-jun', 'seoyeon', 'seo-yeon', 'jiwoo', 'ji-woo', 'jihoon', 'ji-hoon', 'hyunwoo',
  'hyun-woo', 'soojin', 'soo-jin', 'minji', 'min-ji', 'anh', 'minh', 'linh', 'huong', 'thanh', 'tuan', 'hung',
  'ananya', 'aarav', 'vihaan', 'diya', 'ishaan', 'saanvi', 'aditi', 'kavya', 'rohan',
  // Russian, Ukrainian, Greek (faker ships these locales in their own scripts)
  'aleksandr', 'alexander', 'alexei', 'alexey', 'andrei', 'andrey', 'anastasia', 'dmitri', 'dmitry', 'dmytro',
  'ekaterina', 'yekaterina', 'elena', 'yelena', 'igor', 'irina', 'ivan', 'mikhail', 'natalia', 'natalya', 'nikolai',
  'oksana', 'olena', 'oleksandr', 'olga', 'pavel', 'sergei', 'sergey', 'serhiy', 'svetlana', 'tatiana', 'tatyana',
  'vladimir', 'volodymyr', 'yulia', 'yuri', 'yury', 'georgios', 'dimitris', 'konstantinos', 'nikos', 'eleni', 'katerina',
  // Ukrainian as its official romanisation writes it (passports, Diia): `-ii`, `-iia`, `kh`, `h` for Г
  'mykola', 'nataliia', 'oleksii', 'andrii', 'serhii', 'yurii', 'vasyl', 'viktoriia', 'yuliia', 'mariia', 'iryna', 'olha',
  'tetiana', 'svitlana', 'halyna', 'liudmyla', 'kateryna', 'anastasiia', 'ihor', 'pavlo', 'mykhailo', 'hryhorii',
  'stepan', 'artem', 'denys', 'vitalii', 'valentyna', 'nadiia', 'khrystyna', 'sofiia', 'yaroslav', 'vadym', 'yevhen',
  'yevheniia', 'zoriana', 'solomiia', 'bohdana', 'oleh', 'anatolii', 'valerii', 'vitaliia', 'larysa', 'liliia', 'inna',
  // Basque, Catalan and Galician (faker's es locale has the Castilian names only)
  'iñaki', 'aitor', 'iker', 'unai', 'asier', 'gorka', 'eneko', 'ibai', 'oier', 'julen', 'mikel', 'koldo', 'xabier',
  'ander', 'aritz', 'urko', 'beñat', 'ane', 'amaia', 'ainhoa', 'itziar', 'nerea', 'garazi', 'maite', 'leire', 'izaskun',
  'arantxa', 'edurne', 'miren', 'idoia', 'irati', 'uxue', 'nahia', 'haizea', 'alazne', 'jordi', 'arnau', 'oriol', 'jaume',
  'josep', 'montserrat', 'núria', 'mireia', 'meritxell', 'laia', 'roser', 'gemma', 'ferran', 'sergi', 'xosé', 'xoán',
  'xiana', 'uxía', 'antía', 'breixo', 'iago', 'brais', 'sabela',
  // Irish, Scottish Gaelic and Welsh (faker's en_IE and en_GB lists have few of them)
  'aoife', 'siobhan', 'siobhán', 'niamh', 'saoirse', 'ciara', 'caoimhe', 'sinead', 'sinéad', 'roisin', 'róisín', 'orla',
  'orlaith', 'aisling', 'eimear', 'clodagh', 'grainne', 'gráinne', 'deirdre', 'muireann', 'sadhbh', 'aoibheann',
  'aoibhinn', 'meabh', 'méabh', 'ailbhe', 'fionnuala', 'nuala', 'oonagh', 'aine', 'áine', 'eabha', 'éabha', 'ciaran',
  'ciarán', 'cian', 'oisin', 'oisín', 'darragh', 'tadhg', 'eoin', 'seán', 'padraig', 'pádraig', 'cathal', 'donal', 'dónal',
  'fionn', 'ruairi', 'ruairí', 'colm', 'diarmuid', 'cillian', 'lorcan', 'odhran', 'odhrán', 'eamon', 'éamon', 'eamonn',
  'fergal', 'feargal', 'niall', 'peadar', 'daithi', 'dáithí', 'cormac', 'fiachra', 'eilidh', 'ailsa', 'morag', 'mairi',
  'màiri', 'catriona', 'kirsty', 'hamish', 'alasdair', 'ruaridh', 'euan', 'calum', 'murdo', 'rhys', 'dafydd', 'gethin',
  'iolo', 'owain', 'rhodri', 'emyr', 'bethan', 'cerys', 'eluned', 'ffion', 'sioned', 'lowri', 'angharad', 'carys', 'gareth', 'huw',
  'ieuan', 'rhian', 'siân', 'sian', 'gwyneth', 'clive', 'fraser',
  'gruffudd', 'gruffydd', 'llyr', 'llŷr', 'gwenllian', 'hywel', 'geraint', 'gwilym', 'aled', 'alun', 'elin', 'heledd', 'meinir',
  'nerys', 'osian', 'tomos', 'mared', 'elis', 'trystan', 'cadi', 'betsan', 'cliodhna', 'clíodhna', 'bríd', 'brid', 'máire',
  'úna', 'síle', 'sile', 'nóra', 'treasa', 'tomás', 'micheál', 'mícheál', 'seosamh', 'séamus', 'seamus', 'proinsias', 'aodh',
  'aodhán', 'aodhan', 'conall', 'rónán', 'senan', 'senán', 'fiadh', 'ríona', 'riona', 'seonaidh', 'ealasaid', 'raonaid',
  'tormod', 'coinneach', 'somhairle', 'seumas', 'dòmhnall', 'domhnall', 'peigi', 'catrìona',
];

/** Common Chinese (pinyin), Korean and Vietnamese family names. */
const CHINESE_SURNAMES = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'zhu', 'hu', 'guo', 'lin',
  'gao', 'luo', 'zheng', 'liang', 'xie', 'tang', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan',
  'yuan', 'cai', 'jiang', 'du', 'cheng', 'wei', 'su', 'lu', 'shen', 'yao',
  // and as Hong Kong and Macau romanise Cantonese (`Chan Tai-man`, `Cheung Siu-ming`)
  'chan', 'cheung', 'wong', 'lau', 'leung', 'ng', 'lam', 'tsang', 'chow', 'yip', 'kwok', 'lai', 'fung', 'mak', 'tse', 'kwan', 'yeung', 'choi', 'poon', 'chiu', 'chu', 'tam', 'tsui', 'chung', 'hui',
];
const JAPANESE_SURNAMES = [
  'sato', 'suzuki', 'takahashi', 'tanaka', 'watanabe', 'ito', 'yamamoto', 'nakamura', 'kobayashi', 'kato', 'yoshida',
  'yamada', 'sasaki', 'yamaguchi', 'matsumoto', 'inoue', 'kimura', 'hayashi', 'shimizu',
];
const KOREAN_SURNAMES = ['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'shin', 'seo', 'kwon',
  'hwang', 'ahn', 'song', 'jeon', 'hong', 'yoo', 'ko', 'moon', 'yang', 'son', 'bae', 'baek', 'heo', 'nam', 'ryu', 'jeong'];
const VIETNAMESE_SURNAMES = ['nguyen', 'tran', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'dang', 'bui', 'ngo', 'duong', 'vo', 'truong',
  'trinh', 'luong', 'quach', 'dinh', 'lam'];

export const EXTRA_LAST_NAMES: readonly string[] = [
  // Nigeria
  'adebayo', 'adeleke', 'adesina', 'adewale', 'adeyemi', 'afolabi', 'ajayi', 'akinola', 'alabi', 'babatunde', 'bakare',
  'balogun', 'ogunbanjo', 'ogunleye', 'olawale', 'oyebanji', 'oyelaran', 'okafor', 'okeke', 'okonkwo', 'okoro',
  'nwachukwu', 'nwosu', 'eze', 'obi', 'onyekachi', 'chukwu', 'igwe', 'uzor', 'nnadi', 'ogbu', 'onuoha', 'okonjo',
  'abubakar', 'aliyu', 'bello', 'danjuma', 'garba', 'ibrahim', 'lawal', 'mohammed', 'musa', 'sani', 'suleiman', 'umar',
  'usman', 'yusuf', 'yakubu', 'adeyinka', 'oladipo', 'olatunji', 'ojo', 'ogundipe', 'nwankwo', 'obiora', 'anyanwu',
  // Ghana, Kenya, South Africa
  'mensah', 'owusu', 'boateng', 'asante', 'osei', 'agyeman', 'appiah', 'acheampong', 'kamau', 'otieno', 'odhiambo',
  'njoroge', 'mwangi', 'kariuki', 'ochieng', 'ndlovu', 'dlamini', 'nkosi', 'khumalo', 'mahlangu', 'mokoena', 'sithole',
  // Egypt, romanised (a father's or grandfather's given name is the surname: `Ragab`, `Mansour`, `Tadros`)
  'ragab', 'hussein', 'mahmoud', 'mansour', 'saleh', 'abdallah', 'fathy', 'farouk', 'gamal', 'helmy', 'kamel', 'khalil',
  'lotfy', 'mahdy', 'mostafa', 'naguib', 'sabry', 'shawky', 'soliman', 'youssef', 'zaki', 'abdelaziz', 'elsayed',
  'fawzy', 'morsi', 'tadros', 'gerges', 'elsherif', 'elmasry', 'elshazly', 'abdelhamid', 'abdelfattah', 'ezzat', 'badawi',
  'hegazy', 'shehata', 'zaghloul', 'barakat',
  // more of South Africa (Sotho, Tsonga, Swati, Zulu, and Indian South African)
  'naidoo', 'shabalala', 'masilela', 'mokoetle', 'motaung', 'mokwena', 'mahlaba', 'maluleke', 'baloyi', 'nkuna', 'chauke',
  'hlongwane', 'ngwenya', 'mabuza', 'mnisi', 'sibiya', 'ntuli', 'zungu',
  'addo', 'adjei', 'amoah', 'ampofo', 'amponsah', 'annan', 'ansah', 'antwi', 'armah', 'asamoah', 'badu', 'bonsu', 'danso',
  'darko', 'donkor', 'frimpong', 'gyamfi', 'kyei', 'lamptey', 'manu', 'nartey', 'nkrumah', 'obeng', 'ofori', 'opoku',
  'quaye', 'quarshie', 'sarpong', 'tetteh', 'yeboah', 'kuffour', 'agyei', 'nyarko', 'ocran', 'mireku',
  // Malay (a father's given name after `bin` or `binti`), Batak clan names and Chinese-Indonesian and Javanese surnames
  'kamarudin', 'kamaruddin', 'abdullah', 'nasution', 'harahap', 'lubis', 'pardede', 'manurung', 'panjaitan', 'silalahi',
  'tambunan', 'simatupang', 'ginting', 'tarigan', 'sembiring', 'pohan', 'batubara', 'daulay', 'rangkuti', 'hasibuan',
  'tanoto', 'sutanto', 'susanto', 'hartono', 'tanuwidjaja', 'purnomo', 'utomo', 'suryadi', 'wirawan', 'permana', 'ramadhan', 'syahputra', 'rahmadani',
  // Filipino surnames (Spanish-era and Tagalog)
  'sarmiento', 'ybanez', 'ybañez', 'manalo', 'macaraeg', 'pangilinan', 'soriano', 'tolentino', 'dimaculangan', 'magbanua',
  'gatchalian', 'lacson', 'mangubat',
  // Zambian, Malawian, Zimbabwean and Mozambican surnames
  'mulenga', 'bwalya', 'mutale', 'kabwe', 'mlambo', 'chirwa', 'nyirenda', 'gondwe', 'kumwenda', 'sitoe', 'macuacua', 'cossa',
  'machel',
  // Sierra Leonean, Liberian and Gambian surnames
  'kamara', 'sesay', 'conteh', 'bangura', 'koroma', 'turay', 'jalloh', 'kargbo', 'mansaray', 'fofanah', 'sillah', 'kollie',
  'kpoto', 'koker', 'kromah', 'massaquoi', 'sirleaf', 'tolbert',
  // Fijian, Tongan and Samoan surnames
  'ravuvu', 'taufa', 'fonua', 'tuilagi', 'tuipulotu', 'havili', 'vainikolo', 'naitini', 'qarase',
  // Sinhala and Nepali surnames (`Perera`, `Shrestha`)
  'weerasinghe', 'perera', 'fernando', 'jayasinghe', 'wickramasinghe', 'bandara', 'dissanayake', 'rajapaksa', 'gunawardena',
  'herath', 'senanayake', 'jayawardena', 'ranasinghe', 'bhandari', 'shrestha', 'thapa', 'gurung', 'tamang', 'magar',
  'adhikari', 'poudel', 'karki', 'khadka', 'basnet', 'maharjan', 'bhattarai', 'dahal', 'koirala',
  // South and Southeast Asia, southern and eastern Africa, Turkey
  'rao', 'mehta', 'qureshi', 'siddiqui', 'chaudhry', 'akhtar', 'hussain', 'rahman', 'hossain', 'chowdhury', 'uddin',
  'begum', 'srisuk', 'saetang', 'wongsakul', 'bautista', 'moyo', 'ncube', 'sibanda', 'phiri', 'mwale', 'tembo', 'bekele',
  'tesfaye', 'girma', 'mwakyusa', 'yilmaz', 'sahin', 'celik', 'ozturk', 'aydin',
  'fall', 'diop', 'ndiaye', 'sow', 'diallo', 'faye', 'gueye', 'sarr', 'cisse', 'niang', 'mbaye', 'diouf', 'thiam',
  'seck', 'toure', 'coulibaly', 'traore', 'kone', 'ouattara', 'bamba', 'kouame', 'yao', 'nguessan', 'gbaden', 'iorliam',
  'tyough', 'agbo', 'osagie', 'igbinedion', 'omoregie', 'ebiowei', 'alamieyeseigha',
  // Chinese (pinyin), Japanese, Korean, Vietnamese
  ...CHINESE_SURNAMES,
  ...JAPANESE_SURNAMES,
  ...KOREAN_SURNAMES,
  ...VIETNAMESE_SURNAMES,
  // Russian, Ukrainian, Greek
  'ivanov', 'ivanova', 'smirnov', 'smirnova', 'kuznetsov', 'kuznetsova', 'popov', 'popova', 'vasiliev', 'petrov',
  'petrova', 'sokolov', 'sokolova', 'mikhailov', 'novikov', 'fedorov', 'morozov', 'volkov', 'volkova', 'alekseev',
  'lebedev', 'semenov', 'egorov', 'pavlov', 'kozlov', 'stepanov', 'nikolaev', 'orlov', 'shevchenko', 'kovalenko',
  'bondarenko', 'tkachenko', 'kravchenko', 'melnyk', 'boyko',
  'marchenko', 'rudenko', 'kovalchuk', 'oliinyk', 'shevchuk', 'polishchuk', 'lysenko', 'savchenko', 'moroz', 'boiko', 'koval',
  'petrenko', 'klymenko', 'pavlenko', 'levchenko', 'kuzmenko', 'ponomarenko', 'hrytsenko', 'tkachuk', 'kravchuk', 'savchuk',
  'melnychuk', 'romaniuk', 'vasylenko', 'mazur', 'ivanenko', 'kostenko', 'karpenko', 'yakovenko', 'zinchenko', 'honcharenko', 'papadopoulos', 'papadopoulou', 'georgiou', 'nikolaou',
];

/**
 * Frequent surnames of the United States (the Census Bureau's most common ones) that faker's lists lack, many of
 * them also words of streets and places (`Brooks`, `Fields`, `Banks`, `Meadows`); everyday words among them (`Day`,
 * `Love`, `Church`) and firms' and makes' names (`Ford`, `Stanley`) are left out, and _dictionaries drops any that is a
 * common English word.
 */
export const US_SURNAMES: readonly string[] = [
  'ramirez', 'allen', 'nelson', 'baker', 'gomez', 'diaz', 'morris', 'rogers', 'gutierrez', 'cooper', 'reed',
  'brooks', 'chavez', 'bennett', 'myers', 'foster', 'jimenez', 'perry', 'russell', 'sullivan', 'coleman', 'butler',
  'barnes', 'vasquez', 'simmons', 'jordan', 'patterson', 'griffin', 'wallace', 'bryant', 'ellis', 'stevens',
  'marshall', 'owens', 'harrison', 'mcdonald', 'woods', 'washington', 'wells', 'freeman', 'webb', 'tucker', 'guzman',
  'burns', 'crawford', 'simpson', 'hunter', 'gordon', 'mendez', 'shaw', 'snyder', 'munoz', 'hicks', 'holmes',
  'palmer', 'boyd', 'stone', 'fox', 'warren', 'ferguson', 'nichols', 'stephens', 'weaver', 'gardner', 'payne',
  'dunn', 'kelley', 'hawkins', 'pierce', 'vazquez', 'hart', 'bradley', 'elliott', 'cunningham', 'duncan',
  'riley', 'andrews', 'ray', 'berry', 'perkins', 'matthews', 'willis', 'carpenter', 'lawrence', 'george', 'chapman',
  'rios', 'watkins', 'greene', 'nunez', 'wheeler', 'harper', 'burke', 'franklin', 'carlson', 'austin', 'dominguez',
  'carr', 'lawson', 'obrien', 'bishop', 'montgomery', 'oliver', 'gilbert', 'dean', 'sims', 'wong', 'hanson', 'mccoy',
  'garrett', 'burton', 'marquez', 'fields', 'banks', 'bowman', 'fowler', 'mejia', 'davidson', 'brewer', 'holland',
  'juarez', 'newman', 'pearson', 'curtis', 'barrett', 'avila', 'wade', 'hopkins', 'barnett', 'bates',
  'chambers', 'caldwell', 'craig', 'frazier', 'neal', 'gregory', 'sutton', 'fleming', 'rhodes', 'shelton',
  'jennings', 'watts', 'walters', 'cohen', 'mcdaniel', 'moran', 'parks', 'steele', 'vaughn', 'holt', 'deleon',
  'barker', 'hale', 'leon', 'benson', 'haynes', 'horton', 'miles', 'lyons', 'graves', 'thornton', 'wolfe', 'warner',
  'mckinney', 'dawson', 'fletcher', 'mccarthy', 'solis', 'erickson', 'reeves', 'chang', 'baldwin', 'velasquez',
  'higgins', 'chandler', 'barber', 'bowen', 'dennis', 'robbins', 'ramsey', 'francis', 'griffith', 'blair', 'oconnor',
  'calderon', 'swanson', 'chan', 'rodgers', 'fitzgerald', 'stevenson', 'manning', 'harmon', 'mcgee', 'garner',
  'burgess', 'reese', 'blake', 'adkins', 'brady', 'goodman', 'webster', 'potter', 'delacruz', 'todd', 'hines',
  'mullins', 'castaneda', 'malone', 'tate', 'mack', 'sherman', 'hubbard', 'hodges', 'saunders', 'gallagher',
  'hammond', 'hampton', 'townsend', 'ingram', 'maxwell', 'logan', 'strickland', 'norman', 'parsons', 'harrington',
  'osborne', 'buchanan', 'casey', 'floyd', 'patton', 'tyler', 'suarez', 'bowers', 'cobb', 'conner', 'moody',
  'mcguire', 'lloyd', 'mcbride', 'lindsey', 'velazquez', 'norton', 'mccormick', 'flynn', 'yates', 'hogan', 'macias',
  'pratt', 'ballard', 'brock', 'drake', 'cain', 'patrick', 'burnett', 'shepherd', 'shaffer', 'trevino', 'cochran',
  'morton', 'nash', 'wilkins', 'briggs', 'nicholson', 'holloway', 'hoover', 'bryan', 'meyers', 'underwood', 'greer',
  'houston', 'carson', 'morrow', 'clayton', 'whitaker', 'yoder', 'zuniga', 'carey', 'melendez', 'poole', 'roberson',
  'conley', 'davenport', 'copeland', 'massey', 'lam', 'jefferson', 'monroe', 'anthony', 'pittman', 'randall',
  'singleton', 'kirk', 'combs', 'mathis', 'skinner', 'bradford', 'galvan', 'boone', 'kirby', 'bridges', 'bruce',
  'atkinson', 'velez', 'york', 'hodge', 'allison', 'gates', 'sweeney', 'wyatt', 'dalton', 'barron', 'phelps', 'yu',
  'dickerson', 'foley', 'atkins', 'mathews', 'benitez', 'hensley', 'glenn', 'harrell', 'huffman', 'garrison', 'kane',
  'hancock', 'callahan', 'dillon', 'cline', 'wiggins', 'melton', 'oneill', 'ho', 'beltran', 'pitts', 'parrish',
  'booth', 'ware', 'brennan', 'mcdowell', 'cantu', 'humphrey', 'baxter', 'sawyer', 'clay', 'hutchinson', 'wiley',
  'gilmore', 'hobbs', 'wilkerson', 'mcclain', 'vang', 'henson', 'oneal', 'mosley', 'beasley', 'stephenson',
  'preston', 'vance', 'barry', 'eaton', 'blackwell', 'stafford', 'hurst', 'woodard', 'cortes', 'shannon', 'merritt',
  'kline', 'cordova', 'roach', 'lester', 'knox', 'bullock', 'kerr', 'leach', 'meadows', 'orr', 'davila', 'whitehead',
  'pruitt', 'kent', 'conway', 'mckee', 'dejesus', 'mcintyre', 'blankenship', 'gaines', 'cuevas', 'bartlett',
  'durham', 'dorsey', 'mccall', 'odonnell', 'browning', 'lowery', 'sloan', 'hendricks', 'calhoun', 'sexton', 'chung',
  'gentry', 'ellison', 'gillespie', 'middleton', 'sellers', 'leblanc', 'hardin', 'bradshaw', 'mcintosh',
  'livingston', 'morse', 'knapp', 'frederick', 'buckley', 'mcfarland', 'hebert', 'enriquez', 'hickman', 'randolph',
  'pennington', 'michael', 'giles', 'crosby', 'fitzpatrick', 'donovan', 'mays', 'mahoney', 'raymond', 'bentley',
  'felix', 'peck', 'hanna', 'hurley', 'harding', 'mcconnell', 'ayers', 'everett', 'avery', 'pugh', 'shepard',
  'mcmahon', 'landry', 'sampson', 'magana', 'blackburn', 'dunlap', 'gould', 'duffy', 'vaughan', 'herring', 'mckay',
  'rivers', 'farley', 'friedman', 'potts', 'truong', 'blevins', 'nixon', 'clements', 'benton', 'dougherty', 'finley',
  'lynn', 'dodson', 'mullen', 'xiong', 'hayden', 'levy', 'richmond', 'moyer', 'frye', 'sheppard', 'mccarty',
  'avalos', 'booker', 'waller', 'woodward', 'donaldson', 'stuart', 'faulkner', 'maynard', 'coffey', 'estes', 'burch',
  'maddox', 'vo', 'oconnell', 'spence', 'mcpherson', 'compton', 'dudley', 'pollard', 'hester', 'proctor', 'hinton',
  'madden', 'mccann', 'terrell', 'jarvis', 'dickson', 'cantrell', 'hendrix', 'rollins', 'rowland', 'whitney', 'odom',
  'travis',
];

/** Vietnamese family names (written first, often with their diacritics: `Nguyễn`, `Trần`). */
export const VIETNAMESE_FAMILY_NAMES: ReadonlySet<string> = new Set(VIETNAMESE_SURNAMES);

/** Short syllables that are also common words in European text (`du`, `su`, `lu`): never a family name first. */
const NOT_FAMILY_FIRST = new Set(['du', 'su', 'lu']);

/** Family names written first in East Asian order (`Zhang Xiaoming`, `Sato Haruto`, `Kim Min-jun`, `Nguyen Van An`). */
export const FAMILY_FIRST_SURNAMES: ReadonlySet<string> = new Set(
  [...CHINESE_SURNAMES, ...JAPANESE_SURNAMES, ...KOREAN_SURNAMES, ...VIETNAMESE_SURNAMES].filter((n) => !NOT_FAMILY_FIRST.has(n)),
);

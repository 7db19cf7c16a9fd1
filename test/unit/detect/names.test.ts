import { describe, expect, it } from 'vitest';
import { entitiesIn, findingsIn } from './_helpers.js';

describe('PERSON_NAME', () => {
  it.each([
    ['Jane Doe', 'name'],
    ['Jane', 'first_name'],
    ['Okonkwo', 'last_name'],
    ['Müller, Hans', 'customer'],
    ['Dr. Maria García', 'full_name'],
    ['王秀英', 'display_name'],
    ['Contact Jane Smith about the invoice', undefined],
    ['Ticket escalated by Hans Müller on behalf of the customer', undefined],
    ['Assigned to Priya Sharma for review', undefined],
    ['Hello Isa van der Meer, your export is ready', undefined],
    ['SmFuZSBEb2U=', 'customer_name'],
    ['Ticket reassigned to Chinedu Okafor by the on-call lead', undefined],
    ['Approved by Mr Tunde Bakare on behalf of finance', undefined],
    ['Dmitri Ivanov left the workspace', undefined],
    ['Anna-Lena Müller', 'name'],
    ['Meeting booked with Zhang Xiaoming for 2024-03-18', undefined],
    ['Kim Min-jun joined the call', undefined],
    ['Reunión con Iñaki Muñoz mañana', undefined],
    ['Bug reported by Jane Smith Error: timeout', undefined],
    ["Rosella O'Hara-Pouros", 'name'],
    ['Siobhan Whitfield here, confirming the appointment', undefined],
    ['Aoife Brennan', 'name'],
    ['Rhys Llewellyn called back', undefined],
    ['Payment from Kwesi Ofori for the order', undefined],
    ['Liên hệ Trần Thị Hoa để đặt lịch', undefined],
    ['Ticket from Nguyen Van An', undefined],
    ['Incoming call from Lee Seo-yeon on line 2', undefined],
    ['Refund approved for Tatenda Ncube', undefined],
    ['Escalated by Nattapong Saetang', undefined],
    ['Courier Rafiq Chowdhury is on the way', undefined],
    ['Ticket from Maria dela Cruz', undefined],
    ['Contact Jean Moulin today', undefined],
    ['Tanaka Yuki desu, yoroshiku', undefined],
    ['Please send the invoice to Deepika Rao before Friday', undefined],
    ['Virement reçu de Fatou Diop ce matin', undefined],
    ['Paiement de Konan Ouattara', undefined],
    ['Failing row contains (1842, Chidi Okafor, NULL, t)', undefined], // a list item after a number
    ['Spoke with Ms. LaToya Jackson about the claim', undefined], // a capitalised prefix inside the given name
    ['DeAndre Hopkins called back', undefined],
    ['Hier ist Jürgen Großmann, bitte zurückrufen', undefined],
    ['José Luis Fernández de la Vega Ruiz', 'full_name'], // five words besides particles
  ])('finds %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).toContain('PERSON_NAME');
  });

  it.each([
    ['Order Completed', 'name'],
    ['checkout_completed', 'name'],
    ['api-gateway', 'name'],
    ['GET /api/users/:id', 'name'],
    ['Ergonomic Steel Chair', 'product'],
    ['Lake Jaymecester', 'city'],
    ['North Theron', undefined],
    ['Schamberger LLC', 'company'],
    ['Page Viewed', 'event'],
    ['94 Dylan Heights', undefined],
    ['San Francisco', undefined],
    ['Li Ion battery pack', undefined],
    ['Take the Park Lane exit', undefined],
    ['dev', 'username'],
    ['admin', 'login'],
    ["Guru Meditation Error: Core  1 panic'ed (LoadProhibited)", undefined],
    ['Kafka Consumer Exception in partition 3', undefined],
    ['Milano Centrale', 'from'],
    ['Roma Termini', 'to'],
    ['Change at Victoria Station for the airport', undefined],
    ['Morgan Stanley', 'employer'],
    ['Okta Dashboard', 'alternateId'],
    ['Grant Group Logistics', 'name'],
    ['Victoria Harbour Ops', undefined],
    ['Santiago de Chile Sales', 'org_unit'],
    ['Santiago Metro Fleet renewal for 2025, 140 units', undefined],
    ['Victoria Island Premium', 'segment'],
    ['Abena Clinics, East Legon', undefined],
    ['Thabo Properties (Pty) Ltd', undefined],
    ['Rose Court Apartments', undefined],
    ['Summer Jam Festival Nigeria 2025', undefined],
    ['Max Memory Used: 87 MB', undefined],
    ['Billed Duration: 12 ms', undefined],
    ['Jenkins Agent', 'display_name'],
    ['Grace Hollow', 'depot'],
    ['Winter Appeal', 'campaign'],
    ['Park Royal', 'branch'],
    ['Lycée Marie Curie', undefined],
    ['Escuela Benito Juárez', undefined],
    ['Stadtwerke Nord GmbH', undefined],
    ['Centre Hospitalier Lyon Saint-Luc', undefined],
    ['San Juan de los Morros', undefined],
    ['Santa Maria Maggiore', undefined],
    ['Vitória da Conquista', 'municipio'],
    ['Sainte Anne Beaupré', 'ville'],
    ['Sakura Banner B', 'creative'],
    ['Aras Kargo', undefined],
    ['Dev Ping', 'event'],
    ['Charles Schwab Corporation', undefined],
    ['Jackson Databind MismatchedInputException', undefined],
    ["Jack Daniel's Tennessee Whiskey", 'products'],
    ['Grace Period Retry', 'fallback'],
    ['Surge Fee Waived for Hope Street pickups', undefined],
    ['Kavya Nagar', 'locality'],
    ['Rose Chai Latte', 'item'],
    ['Amara Summer Deals', 'campaign_3'], // a numbered campaign key is a campaign key
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('PERSON_NAME');
  });

  it('reads a display name inside a device, lock or service object as the thing\'s name', () => {
    expect(findingsIn({ lock: { display_name: 'Back Door' }, services: [{ display_name: 'Apache Kafka Broker' }], user: { display_name: 'Zorva Quilliam' } })).toEqual([
      '/user/display_name PERSON_NAME',
    ]);
  });

  it('reads the name of an orderer, consignee or policyholder as a person name', () => {
    expect(findingsIn({ orderer: { name: 'Zorva Quilliam' }, consignee: { name: 'Zorva Quilliam' }, menu: { name: 'Zorva Quilliam' } }).sort()).toEqual([
      '/consignee/name PERSON_NAME',
      '/orderer/name PERSON_NAME',
    ]);
  });

  it('reads a form-encoded body with its values decoded', () => {
    expect(findingsIn({ body: 'beneficiary=Layla+Al+Mansouri&amount=2500&currency=AED' })).toEqual(['/body PERSON_NAME']);
  });

  it('treats `name` inside a person object as a person name key', () => {
    expect(findingsIn({ user: { name: 'Okonkwo Adebayo' }, product: { name: 'Okonkwo Adebayo' } })).toEqual(['/user/name PERSON_NAME']);
  });

  it('treats `name` under the people of support, booking and review workflows as a person name key', () => {
    // a name no dictionary knows: the key decides (a queue's name is the queue's)
    expect(findingsIn({ requester: { name: 'Zorva Quilliam' }, assignee: { name: 'Zorva Quilliam' }, queue: { name: 'Zorva Quilliam' } }).sort()).toEqual([
      '/assignee/name PERSON_NAME',
      '/requester/name PERSON_NAME',
    ]);
  });

  it('reads an owner or holder that is a firm as a firm, not a person', () => {
    expect(findingsIn({ bankAccount: { ownerName: 'Kjær Keramik ApS' }, account_holder_name: 'Ana Pop' })).toEqual(['/account_holder_name PERSON_NAME']);
    expect(findingsIn({ account_holder_name: 'Ana and Mihai Popescu' })).toEqual(['/account_holder_name PERSON_NAME']);
  });

  it('treats a display name as a person\u2019s, except inside an object about a thing', () => {
    // under a thing a dictionary first name is still needed and enough (`Jane Doe`), a bare word is not
    expect(findingsIn({ profile: { display_name: 'Midnight' }, vehicle: { display_name: 'Midnight' }, device: { displayName: 'Jane Doe' } }).sort()).toEqual([
      '/device/displayName PERSON_NAME',
      '/profile/display_name PERSON_NAME',
    ]);
  });
});

describe('PERSON_NAME: scripts without capitals, roles, and names after a date (held-out sets T, V, W)', () => {
  it('reads Arabic, Hebrew, Thai and Devanagari names under a person-name key, and nowhere else', () => {
    expect(findingsIn({ full_name: 'ليلى منصور', contact_name: 'נועה לוי', recipient: 'สมชาย ใจดี', customer_name: 'अनीता शर्मा' }).sort()).toEqual([
      '/contact_name PERSON_NAME', '/customer_name PERSON_NAME', '/full_name PERSON_NAME', '/recipient PERSON_NAME',
    ]);
    expect(findingsIn({ title: 'ليلى منصور', city: 'अनीता शर्मा' })).toEqual([]);
  });

  it('reads the name of a caller, driver, passenger or guardian as a person name key', () => {
    expect(findingsIn({ caller_name: 'Nkechi Obi', driver_name: 'Tunde Bakare', passengerName: 'Ilse Vos', guardian_name: 'Ama Owusu' }).sort()).toEqual([
      '/caller_name PERSON_NAME', '/driver_name PERSON_NAME', '/guardian_name PERSON_NAME', '/passengerName PERSON_NAME',
    ]);
  });

  it('finds a name before `and` or `as`, which are no legal forms in lower case', () => {
    expect(entitiesIn('Thanks to Jane Cooper and the team', undefined)).toContain('PERSON_NAME');
    expect(entitiesIn('Promoted Ngozi Eze as lead', undefined)).toContain('PERSON_NAME');
  });

  it('finds a name after a date or a time in a log line, not after a house or list number', () => {
    expect(entitiesIn('a91c2e0 2025-02-03 Nawaf Al-Mutairi <nawaf@example.net> fix: retry', undefined)).toContain('PERSON_NAME');
    expect(entitiesIn('14:05 Grace Okafor joined the call', undefined)).toContain('PERSON_NAME');
    expect(entitiesIn('delivered to 27 Jordan Heights', undefined)).not.toContain('PERSON_NAME');
  });
});

describe('PERSON_NAME: held-out sets Y to AC', () => {
  it('reads HL7 v2 and X12 person-name fields by position, capitals included', () => {
    const hl7 = 'MSH|^~\\&|LAB|CLINIC|EHR|HOSP|20250301||ORU^R01|77|P|2.5.1\rPID|1||4410^^^CLINIC^MR||Mensah^Efua^A|||F\rOBX|1|NM|718-7^Hgb||13.2';
    expect(entitiesIn(hl7, undefined)).toContain('PERSON_NAME');
    expect(entitiesIn('CLP*C1*1*90*60~NM1*QC*1*OKAFOR*CHIDI****MI*K77~SVC*HC:99213*90~', undefined)).toContain('PERSON_NAME');
    // an organisation (entity type 2) and a pipe-delimited log line are no names
    expect(entitiesIn('NM1*PR*2*ACME HEALTH PLAN*****PI*12345~', undefined)).not.toContain('PERSON_NAME');
    expect(entitiesIn('level=INFO|svc=API|region=EU|status=OK|PID|1|2|3|4|5', undefined)).not.toContain('PERSON_NAME');
  });

  it('reads DICOM and HL7 carets in a name under a name key, and a language tag on a name key', () => {
    expect(findingsIn({ PatientName: 'Tanaka^Hiroshi', full_name_am: 'ሰላም ታደሰ' }).sort()).toEqual(['/PatientName PERSON_NAME', '/full_name_am PERSON_NAME']);
  });

  it('reads a person object with a qualifier in front of its key', () => {
    expect(findingsIn({ to_driver: { name: 'Lee Seo-yeon' }, primary_contact: { name: 'Bola Ade' } }).sort()).toEqual(['/primary_contact/name PERSON_NAME', '/to_driver/name PERSON_NAME']);
  });

  it.each([
    ['Hurricane Beryl Advisory Number 4: Beryl Moving West', 'headline'],
    ['Cyclone Idai Landfall expected near Beira', undefined],
    ['Citroen Ami and Alfa Romeo Tonale recalls', undefined],
    ['Giulia Veloce', 'model'],
    ['Gare de Lyon', 'stop_name'],
    ['Queen Victoria', 'vessel_name'],
    ['Route Planner', 'name'],
    ['Payroll Export Connector', 'client_name'],
    ['Administrator', 'TargetUserName'],
    ['Union Square Station Turnstiles', 'group_name'],
    ['Fees paid to Hays Walker plc and to Grant Kingsley LLP this quarter', undefined], // firms by their legal form
    ['Grace Hopper Room', 'meeting_room'],
    ['Booked the Grace Hopper Room for the panel', undefined],
    ['Apache Tomcat Catalina Engine stopped', undefined],
    ['Ho Chi Minh City', 'office'],
    ['The Jack Wolfskin jacket kept me dry', 'body'], // a brand before its goods
    ['Partners: Joana Silva Imobiliária Lda', undefined],
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('PERSON_NAME');
  });
});

describe('PERSON_NAME: held-out sets AI to AM', () => {
  it('reads one unknown word under a whole-person key as no name, under a name-part key as one', () => {
    expect(findingsIn({ recipient: 'Airtel', donor: { name: 'Glo' }, first_name: 'Zephyrine', nombre: 'Grupo Ortega Hermanos S.A.' })).toEqual(['/first_name PERSON_NAME']);
  });

  it.each([
    ['Roads near Victoria River Downs are cut again', undefined],
    ['MagentaMobil Anna Prepaid', 'catalogue'],
  ])('stays quiet on %j (key %s)', (text, key) => {
    expect(entitiesIn(text, key)).not.toContain('PERSON_NAME');
  });
});

describe('PERSON_NAME: airline name elements and places (held-out set AJ)', () => {
  it('reads SURNAME/GIVEN MR in PNR text and boarding-pass barcodes, and not a slash without a title', () => {
    expect(entitiesIn('RP/LOSNG08AA/ 1.OKAFOR/CHIDINMA MS 2.OKAFOR/OBI MSTR', undefined)).toContain('PERSON_NAME');
    expect(entitiesIn('M1ADEYEMI/TOLU MR       EABC123 LOSLHRBA 0075 123Y012A0045 100', undefined)).toContain('PERSON_NAME');
    expect(entitiesIn('ROUTE LOS/LHR/JFK OPERATED BY BA/AA', undefined)).not.toContain('PERSON_NAME');
  });

  it('reads the name of an airport, a station or a ship as the place it names', () => {
    expect(findingsIn({ airports: [{ iata: 'LOS', name: 'Murtala Muhammed International' }], ship: 'Queen Mary 2', stations: [{ name: 'Gare Saint Lazare' }] })).toEqual([]);
    expect(findingsIn({ properties: { name: 'Taddeo Morreale' } })).toEqual(['/properties/name PERSON_NAME']);
  });

  it('reads the name and date of birth of an APIS passport element, with or without its document fields', () => {
    expect(findingsIn({ ssr: 'SSR DOCS KQ HK1 P/KEN/AK4417720/KEN/23NOV79/M/02FEB31/MWANGI/PETER KAMAU' })).toEqual(['/ssr DATE_OF_BIRTH', '/ssr PERSON_NAME']);
    expect(findingsIn({ pnr: '4.SSR DOCS ET HK1/////07JUL92/F//TESFAYE/HIWOT' })).toEqual(['/pnr DATE_OF_BIRTH', '/pnr PERSON_NAME']);
    // An element without a birth date (a visa, `DOCO`) or an OSI remark is no passport element.
    expect(findingsIn({ ssr: 'SSR DOCO KQ HK1 //V/8812345/NBO/14MAR24//USA' })).toEqual([]);
    expect(findingsIn({ ssr: 'SSR WCHR KQ HK1' })).toEqual([]);
  });

  it('reads the ends of a journey leg as places, and a sender without one as a person', () => {
    expect(findingsIn({ legs: [{ from: 'Nairobi Terminus', to: 'Mombasa Miritini', train: 'Madaraka Express', dep: '08:00' }] })).toEqual([]);
    expect(findingsIn({ legs: [{ from: 'Victoria Coach', to: 'Glasgow Buchanan', departure: '2025-03-01T10:00:00Z' }] })).toEqual([]);
    expect(findingsIn({ message: { from: 'Beatrice Mwangi', subject: 'Invoice', sent: '2025-03-01' } })).toEqual(['/message/from PERSON_NAME']);
  });

  it('reads hotels in a list of properties as places, and a person in analytics properties as a person', () => {
    expect(findingsIn({ properties: [{ name: 'Sheraton Grand', rooms: 240 }, { name: 'Hilton Garden', rooms: 120 }] })).toEqual([]);
    expect(findingsIn({ properties: { customer_name: 'Hilton Abiodun' } })).toEqual(['/properties/customer_name PERSON_NAME']);
  });

  it('reads operators, menu items and ships named after people as what they are', () => {
    expect(findingsIn({ release: [{ operator: 'Kuoni Travel', rooms: 3 }, { operator: 'Bruce Stevens' }] })).toEqual([]);
    expect(findingsIn({ order: { items: ['Tom Collins', 'Peach Melba', 'Caesar Salad'] } })).toEqual([]);
    expect(entitiesIn('The Queen Mary cruise leaves Southampton on the 3rd; the Simon Bolivar express runs daily.')).toEqual([]);
    expect(entitiesIn('Booked by Mary Kingsley for the cruise on the 3rd.')).toEqual(['PERSON_NAME']);
  });

  it('reads given names written in the plural as a name key', () => {
    expect(findingsIn({ applicant: { given_names: 'AMARA NKEM' }, traveller: { forenames: 'Ines' } })).toEqual(['/applicant/given_names PERSON_NAME', '/traveller/forenames PERSON_NAME']);
  });

  it('reads people in farming, utility and housing roles under their name keys (held-out set AO)', () => {
    expect(findingsIn({ grower_name: 'Ama Serwaa', tenant_name: 'Lucas Moreau', technician_name: 'Ravi Menon' })).toEqual(['/grower_name PERSON_NAME', '/technician_name PERSON_NAME', '/tenant_name PERSON_NAME']);
    expect(findingsIn({ url: 'https://coop.example/intake?farmer_name=Joyce%20Achieng&kg=40' })).toEqual(['/url URL_WITH_PII_QUERY']);
  });

  it('reads crop varieties, machines, laboratories and canals named after people as things', () => {
    expect(findingsIn({ variety: 'Victoria Grace', machine: 'Jesse Holt 7200', tractor: 'Harry Ferguson TE20' })).toEqual([]);
    expect(entitiesIn('Samples sent to Adrian Walsh Laboratories for testing')).toEqual([]);
    expect(entitiesIn('Flow on the Nora Lateral and the Emma Canal was cut by a third')).toEqual([]);
    expect(entitiesIn('Samples sent by Adrian Walsh for testing')).toEqual(['PERSON_NAME']);
  });
});

describe('PERSON_NAME: menus, groceries, clubs and firms named after people (held-out sets AN, AP, AQ, AR)', () => {
  it('reads the names of drinks and dishes on a menu as what they are', () => {
    expect(findingsIn({ cocktails: [{ name: 'Tom Collins', price: 11 }, { name: 'Rob Roy', price: 12 }], dishes: [{ name: 'Peach Melba' }] })).toEqual([]);
    expect(findingsIn({ guest: { name: 'Tom Collins' } })).toEqual(['/guest/name PERSON_NAME']);
  });

  it('stays quiet on groceries, wines, restaurants and clubs named after people', () => {
    expect(entitiesIn('Restock: Victoria Sponge Cake Mix, Earl Grey Tea, Marie Biscuits 200g')).toEqual([]);
    expect(entitiesIn('Pairing: Louis Jadot Chardonnay 2021 or Johnnie Walker Black Label')).toEqual([]);
    expect(entitiesIn('Order from Carmine Rossi Trattoria is ready')).toEqual([]);
    expect(entitiesIn('Tonight: Kaizer Chiefs v Orlando Pirates, then Sheffield United')).toEqual([]);
    expect(entitiesIn('Order from Carmine Rossi is ready')).toEqual(['PERSON_NAME']);
  });

  it('reads a founder name before "and Company" or "& Sons" as a firm', () => {
    expect(entitiesIn('Sponsor: Eli Lilly and Company; distributor: Henry Schein & Sons')).toEqual([]);
    expect(findingsIn({ sponsor: 'Abbott and Company' })).toEqual([]);
  });

  it("reads M-Pesa's party public name as a phone number and a name", () => {
    expect(findingsIn({ ResultParameter: [{ Key: 'ReceiverPartyPublicName', Value: '254711223344 - Grace Wambui' }] }).sort()).toEqual([
      '/ResultParameter/0/Value PERSON_NAME', '/ResultParameter/0/Value PHONE',
    ]);
    expect(findingsIn({ public_name: 'Amani Otieno' })).toEqual(['/public_name PERSON_NAME']);
  });
});

describe('PERSON_NAME: frequent surnames that are also street words (held-out set AW)', () => {
  it('reads a first name then Brooks, Fields or Meadows as a person, and firms and makes as before', () => {
    expect(entitiesIn('Questions to Kayla Brooks before Friday')).toEqual(['PERSON_NAME']);
    expect(entitiesIn('Approved by Darnell Fields and Rosa Meadows')).toEqual(['PERSON_NAME']);
    expect(findingsIn({ employers: ['Morgan Stanley'], models: ['Ford Transit Custom'] })).toEqual([]);
  });
});

describe('PERSON_NAME: Japanese and Korean names (held-out set AV)', () => {
  it('reads a name in kana under a furigana key', () => {
    expect(findingsIn({ name_kana: 'サトウ ハルト', フリガナ: 'スズキ アオイ', furigana: 'ヤマダ タロウ' })).toEqual(['/furigana PERSON_NAME', '/name_kana PERSON_NAME', '/フリガナ PERSON_NAME']);
  });

  it('reads a Korean family name and a romanised given name with a hyphen, and not a district', () => {
    expect(entitiesIn('Dear Han Seo-jin, your order has shipped')).toEqual(['PERSON_NAME']);
    expect(findingsIn({ firstName: 'Min-ho', lastName: 'Kwon' })).toEqual(['/firstName PERSON_NAME', '/lastName PERSON_NAME']);
    expect(entitiesIn('Pickup at the Gangnam-gu office, Seocho-dong branch')).toEqual([]);
  });

  it('reads merchants, metro lines and crawlers as what they are', () => {
    expect(findingsIn({ merchants: [{ merchant: 'Paris Croissant Jongno' }], retailer: 'Ann Summers' })).toEqual([]);
    expect(entitiesIn('running late, stuck on the Jubilee Line')).toEqual([]);
  });
});

describe('PERSON_NAME: round 7 (held-out sets AX to BB)', () => {
  it('reads public bodies, festivals and services of worship named after people as things', () => {
    expect(entitiesIn('Mutual aid from Charlotte Fire Department and Jackson County Sheriff')).toEqual([]);
    expect(entitiesIn('Durga Puja aur Ram Navami ki shubhkamnayein')).toEqual([]);
    expect(findingsIn({ services: [{ service: '9:30 Said Eucharist' }, { service: 'Choral Evensong' }] })).toEqual([]);
  });

  it('reads nom, nome and nombre as a name beside another part of a name, and as anything else alone', () => {
    expect(findingsIn({ utilisateur: { prenom: 'Claire', nom: 'Dubois' }, fiche: { nome: 'Giulia', cognome: 'Rossi' } })).toEqual([
      '/fiche/cognome PERSON_NAME', '/fiche/nome PERSON_NAME', '/utilisateur/nom PERSON_NAME', '/utilisateur/prenom PERSON_NAME',
    ]);
    expect(findingsIn({ feriados: [{ nombre: 'Día de la Raza' }, { nome: 'Proclamação da República' }] })).toEqual([]);
  });

  it('reads place keys written in the plural or in Spanish and Portuguese', () => {
    expect(findingsIn({ alcaldias: ['Benito Juárez', 'Miguel Hidalgo'], estacion_destino: 'Metro Miguel Ángel', titulo: 'La Reina del Sur' })).toEqual([]);
  });
});

describe('PERSON_NAME: round 8 (held-out sets BC to BG)', () => {
  it('reads Baltic name keys and French plural prenoms', () => {
    expect(findingsIn({ vārds: 'Ilze', uzvārds: 'Kalniņa', kyc: { prenoms: 'Awa Marie', nom: 'Koné' } })).toEqual([
      '/kyc/nom PERSON_NAME', '/kyc/prenoms PERSON_NAME', '/uzvārds PERSON_NAME', '/vārds PERSON_NAME',
    ]);
  });

  it('reads buildings, institutes, appliances, accessories, kernels and firms with A/S as things', () => {
    expect(findingsIn({ buildings: [{ building: 'Grace Hopper Building' }], host: 'Niels Bohr Institutet', appliance: 'Morphy Richards', accessory: 'Eve Energy' })).toEqual([]);
    expect(entitiesIn('Darwin Kernel Version 23.5.0 booted')).toEqual([]);
    expect(entitiesIn('lookup for Georg Jensen A/S ok')).toEqual([]);
  });
});

describe('PERSON_NAME: round 9 (held-out sets BH to BL)', () => {
  it('reads firms in a list of carriers, diseases and ports named after people as things', () => {
    expect(findingsIn({ carriers: [{ name: 'Hans Vogel Spedition' }, { name: 'John Lewis Partnership' }], rotation: ['Mina Rashid', 'Jebel Ali'] })).toEqual([]);
    expect(entitiesIn('Referred for Charles Bonnet syndrome and Guillain-Barré syndrome')).toEqual([]);
  });

  it('reads Hong Kong and Ho Chi Minh as places, and a Vietnamese name after tên as a person', () => {
    expect(entitiesIn('Courier to Hong Kong then Ho Chi Minh City')).toEqual([]);
    expect(entitiesIn('em tên Trương Minh Khoa, cảm ơn')).toEqual(['PERSON_NAME']);
  });

  it('reads a consignee key in Chinese and a person at a named service', () => {
    expect(findingsIn({ 收货人: '李小红', kakao_account: { name: '김민지' } })).toEqual(['/kakao_account/name PERSON_NAME', '/收货人 PERSON_NAME']);
  });
});

describe('PERSON_NAME: round 10 (held-out sets BM, BN)', () => {
  it('reads a lead name attribute as a person, and paint colours and clubs as things', () => {
    expect(findingsIn({ 'lead.name': 'Kavya Iyer', donor_name: 'Tomasz Nowak' })).toEqual(['/donor_name PERSON_NAME', '/lead.name PERSON_NAME']);
    expect(findingsIn({ alt_colours: ['Ruby Red Metallic', 'Jade Green Metallic'], verein: 'SC Nord Hamburg', club: 'Harriers Athletic' })).toEqual([]);
  });
});

describe('PERSON_NAME: Segment group traits and landmarks (held-out set BQ)', () => {
  it('reads the traits of a group call as the group, and of an identify call as a person', () => {
    expect(findingsIn({ batch: [{ type: 'group', groupId: 'grp_1', traits: { name: 'Adam Smith Holdings', plan: 'pro' } }] })).toEqual([]);
    expect(findingsIn({ batch: [{ type: 'identify', userId: 'u1', traits: { name: 'Adam Smith' } }] })).toEqual(['/batch/0/traits/name PERSON_NAME']);
    expect(findingsIn({ itinerary: ['Sheikh Zayed Grand Mosque', 'King Fahd Fountain'] })).toEqual([]);
  });
});

describe('PERSON_NAME: searches, mobile money and Cyrillic text (round 11: held-out sets BR, BS, BT, BV)', () => {
  it('reads a title, a brand before a product word, a city before its state and a place after St. as no person', () => {
    expect(entitiesIn('Harold Met Maude', 'query')).toEqual([]); // a verb of a title between names
    expect(entitiesIn('Tommy Hilfiger polo', 'query')).toEqual([]);
    expect(entitiesIn('Whitney Houston lyrics', 'query')).toEqual([]);
    expect(entitiesIn('Carlos Slim airport shuttle', 'query')).toEqual([]);
    expect(entitiesIn('Austin Texas outlet mall', 'query')).toEqual([]);
    expect(entitiesIn('St. Helens Bridge', 'query')).toEqual([]);
    expect(entitiesIn('font-family: "Open Sans", "Roboto Mono", monospace', 'style')).toEqual([]);
    expect(entitiesIn('call back Maria Lopez today', 'note')).toEqual(['PERSON_NAME']);
  });

  it('reads the party a mobile-money message names before its number, in capitals too', () => {
    expect(entitiesIn('QK1 Confirmed. Ksh900.00 sent to GRACE WANJIRU 0722468013 on 1/2/25', 'sms')).toEqual(['PERSON_NAME', 'PHONE']);
    expect(entitiesIn('QK2 Confirmed. Ksh900.00 paid to KPLC PREPAID 0722468013 on 1/2/25', 'sms')).toEqual(['PHONE']);
  });

  it('reads a capitalised Cyrillic name in free text', () => {
    expect(entitiesIn('Замовлення отримала Ірина Бондаренко, дякуємо', 'comment')).toEqual(['PERSON_NAME']);
    expect(entitiesIn('Замовлення доставлено вчасно, дякуємо', 'comment')).toEqual([]);
  });

  it('reads a school named after a person in Afrikaans, and a cider, as no person', () => {
    expect(entitiesIn('Laerskool Paul Kruger', 'school_name')).toEqual([]);
    expect(entitiesIn('Hunter Dry Cider 440ml', 'sku_name')).toEqual([]);
  });
});

describe('PERSON_NAME: things named like people (round 12: held-out sets BX, BY)', () => {
  it('reads the name of a product or a device, a make and model before its number, a park and an employer as no person', () => {
    expect(findingsIn({ products: [{ sku: 'p1', name: 'Daisy Chain Pack' }] })).toEqual([]);
    expect(findingsIn({ device: { name: 'Ruby Falcon' } })).toEqual([]);
    expect(findingsIn({ tractor: 'Fendt Vario 1050' })).toEqual([]);
    expect(findingsIn({ park: 'Victoria Park' })).toEqual([]);
    expect(entitiesIn('she works at Ernst Young these days', 'body')).toEqual([]);
    expect(findingsIn({ customer: { name: 'Daisy Chen' } })).toEqual(['/customer/name PERSON_NAME']);
    expect(findingsIn({ data: { item: { name: 'Daisy Chen', type: 'user' } } })).toEqual(['/data/item/name PERSON_NAME']);
    expect(entitiesIn('Ticket 4411 assigned to Daisy Chen 2048', 'body')).toEqual(['PERSON_NAME']);
  });
});

describe('PERSON_NAME: Malaysian names and roads, build tools (held-out set BZ)', () => {
  it('reads a name with a/p or s/o under a name key, and no person in a road after Jalan or in a build tool', () => {
    expect(findingsIn({ beneficiary_name: 'Saraswathy a/p Muniandy' })).toEqual(['/beneficiary_name PERSON_NAME']);
    expect(entitiesIn('Road closed on Jalan Raja Chulan until 6pm', 'text')).toEqual([]);
    expect(findingsIn({ tools: ['Mocha Junit Reporter', 'Gatsby Builder'] })).toEqual([]);
  });
});

describe('PERSON_NAME: actors and targets of audit records that are no person (held-out set CA)', () => {
  it('reads the display name of an app, a service principal or a group rule as no person, and of a user as one', () => {
    expect(findingsIn({ actor: { type: 'PublicClientApp', displayName: 'Jenkins Okta Sync', alternateId: 'jenkins-sync' } })).toEqual([]);
    expect(findingsIn({ principal: { type: '#microsoft.graph.servicePrincipal', displayName: 'Lucy Deploy Bot' } })).toEqual([]);
    expect(findingsIn({ target: [{ type: 'GroupRule', displayName: 'Grace Hopper Fellows' }] })).toEqual([]);
    expect(findingsIn({ actor: { type: 'User', displayName: 'Grace Okafor' } })).toEqual(['/actor/displayName PERSON_NAME']);
  });
});

describe('PERSON_NAME: display names of mailboxes, and merge tags (held-out set BW)', () => {
  it('reads a display name whose mailbox spells one of its words, and not a firm or a team', () => {
    expect(entitiesIn('Reply-To: "Tamsin Vowles" <tvowles@mail.example>', 'headers')).toEqual(['EMAIL', 'PERSON_NAME']); // no list knows `Tamsin`
    expect(entitiesIn('From: "Acme Support Team" <support@acme.example>', 'headers')).toEqual(['EMAIL']);
  });

  it('reads nothing in a merge tag under a personal key', () => {
    expect(findingsIn({ address: '{{ billing.address2 }}', email: '*|EMAIL|*', first_name: '%%FirstName%%', phone: '${user.phone}' })).toEqual([]);
    expect(findingsIn({ address: '14 Elm Grove, Leeds' })).toEqual(['/address STREET_ADDRESS']);
  });
});

describe('PERSON_NAME: Chinese keys in text, persons by their details, Cantonese names, schools (round 13: held-out sets CE, CF)', () => {
  it('reads a pair whose key is written in Chinese, and the name under a person details object', () => {
    expect(entitiesIn('#88 外卖订单\n买家：刘洋\n电话: 139-1234-5678\n备注：少辣', 'text')).toEqual(['PERSON_NAME', 'PHONE']);
    expect(findingsIn({ payer_info: { name: '王芳', identity_type: 'ALIPAY_USER_ID' } })).toEqual(['/payer_info/name PERSON_NAME']);
  });

  it('reads a Cantonese name with a hyphenated given name, and a school named after a person under a school key as no person', () => {
    expect(entitiesIn('Claim filed by Wong Ka-wai on Monday', 'note')).toEqual(['PERSON_NAME']);
    expect(entitiesIn('Tang Dynasty exhibition opens', 'note')).toEqual([]);
    expect(findingsIn({ scuola: 'Istituto Tecnico Galileo Galilei' })).toEqual([]);
  });
});

describe('PERSON_NAME: Turkish places, laws and Georgian keys (held-out sets CH, CI)', () => {
  it('reads a Turkish restaurant, airport or train and a law named after its sponsors as no person, and a Georgian name key as a person', () => {
    expect(entitiesIn('Pickup at Esenboğa Havalimanı gate B', 'note')).toEqual([]);
    expect(findingsIn({ restoran: 'Hamdi Usta Lokantası', train: 'Toros Ekspresi' })).toEqual([]);
    expect(entitiesIn('Compliance with the Gramm Leach Bliley Act is reviewed yearly', 'note')).toEqual([]);
    expect(findingsIn({ stumari: { saxeli_gvari: 'Nino Beridze' } })).toEqual(['/stumari/saxeli_gvari PERSON_NAME']);
  });
});

describe('PERSON_NAME: breeds, churches, ships, holidays and Irish names (round 15: held-out sets CL, CN, CO)', () => {
  it('reads a dog breed named after a person as no person, and the person beside it as one', () => {
    expect(entitiesIn('The Gordon Setter and the Jack Russell Terrier both need grooming on Friday.', 'note')).toEqual([]);
    expect(findingsIn({ breeds: ['Cavalier King Charles Spaniel', 'Labrador Retriever'] })).toEqual([]);
    expect(entitiesIn('Gordon Brown booked grooming for his setter', 'note')).toEqual(['PERSON_NAME']);
  });

  it('reads a church in text, and ships, churches and holidays under their keys, as no person', () => {
    expect(entitiesIn('Mass at Grace Church starts at noon', 'note')).toEqual([]);
    expect(findingsIn({ ships: ['Queen Mary', 'Kaiser Wilhelm der Grosse'], holiday: 'Victoria Day', churches: ['St Patrick Church'] })).toEqual([]);
  });

  it('reads an Irish name with its particle', () => {
    expect(entitiesIn('Delivered to Aoife Ní Bhriain at the front door', 'note')).toEqual(['PERSON_NAME']);
    expect(entitiesIn('Handed to Seán Ó Briain by the courier', 'note')).toEqual(['PERSON_NAME']);
  });

  it('reads a GEDCOM record: its name without the surname slashes, a birth date, and no level number as a house number', () => {
    const record = '0 @I5@ INDI\n1 NAME Maire /Brennan/\n1 BIRT\n2 DATE 3 JUN 1948\n2 PLAC Galway, Ireland\n1 DEAT\n2 DATE 9 OCT 1999';
    expect(entitiesIn(record, 'gedcom')).toEqual(['DATE_OF_BIRTH', 'PERSON_NAME']);
    expect(entitiesIn('0 @I9@ INDI\n1 NAME Tomas /Kelly/\n1 DEAT\n2 DATE 9 OCT 1999\n2 PLAC Tralee, Kerry, Ireland', 'gedcom')).toEqual(['PERSON_NAME']);
    expect(entitiesIn('0 @F2@ FAM\n1 MARR\n2 DATE 4 MAY 1950\n2 PLAC 12 Shop Street, Galway', 'gedcom')).toEqual(['STREET_ADDRESS']);
  });
});

describe('PERSON_NAME: weather, mountains and parks (round 16: held-out set CU)', () => {
  it('reads warnings, national parks and mountains named like people as no person', () => {
    expect(entitiesIn('Winter Storm Warning issued at 4 PM by NWS Denver', 'headline')).toEqual([]);
    expect(entitiesIn('Jasper National Park reopened after the fires', 'text')).toEqual([]);
    expect(entitiesIn('Forecast: Ben Nevis summit gusts 60 mph', 'text')).toEqual([]);
    expect(findingsIn({ spot: 'Ben Lomond summit', link: 'https://wa.me/254712345678?text=Mt%20Kenya%20route' })).toEqual(['/link PHONE']);
    expect(entitiesIn('Guide Ben Harlow meets the group at the hut', 'text')).toEqual(['PERSON_NAME']);
  });
});

describe('PERSON_NAME: neighbourhoods, French keys and JSON stringified twice (round 17: held-out sets CW, CX)', () => {
  it('reads a run after a word for a neighbourhood as the place, and a metro station or a shop sign under its key as no person', () => {
    expect(entitiesIn('El depa está en colonia Roma Sur, a dos cuadras del parque', 'body')).toEqual([]);
    expect(findingsIn({ enseigne: 'Jean Coutu', station_metro: 'Charles de Gaulle – Étoile' })).toEqual([]);
  });

  it('reads a full name under a French key inside a dotted attribute key, and a name in JSON stringified twice', () => {
    expect(findingsIn({ 'patient.nom_complet': 'Éloïse Bouchard' })).toEqual(['/patient.nom_complet PERSON_NAME']);
    expect(findingsIn({ message: JSON.stringify(JSON.stringify({ contact: { prenom: 'Amélie', nom: 'Roy' } })) })).toEqual(['/message PERSON_NAME']);
  });
});

describe('Keys in Greek, Spanish and Italian, dotted names of places, form bodies (round 18: held-out sets DB, DC, DE)', () => {
  it('reads Greek name, birth-date, password and phone keys, and Spanish and Italian email, holder and position keys', () => {
    expect(findingsIn({
      ονοματεπώνυμο: 'Ελένη Γεωργίου', ημερομηνία_γέννησης: '14.07.1979', κωδικός_πρόσβασης: 'Thalassa#2024', τηλέφωνο: '+30 694 123 4567',
      correo: 'mgarcia at movistar dot es', titular: 'Lucía Ortega Ruiz', posizione: { latitudine: 41.90278, longitudine: 12.49636 },
    })).toEqual([
      '/correo EMAIL', '/posizione GEO_COORDINATES', '/titular PERSON_NAME', '/ημερομηνία_γέννησης DATE_OF_BIRTH',
      '/κωδικός_πρόσβασης PASSWORD', '/ονοματεπώνυμο PERSON_NAME', '/τηλέφωνο PHONE',
    ]);
  });

  it('reads the name of a place under a dotted key, a company name and a paint brand as no person, and a name joined by + in a form body as one', () => {
    expect(findingsIn({ 'airport.destination.name': 'Aeroporto di Roma-Fiumicino Leonardo da Vinci', 'user.name': 'Jane Doe', company_name: 'Harvey Norman' })).toEqual(['/user.name PERSON_NAME']);
    expect(findingsIn({ cuerpo: 'titular=Luc%C3%ADa+Ortega+Ruiz&numero=4111%201111%201111%201111' })).toEqual(['/cuerpo CREDIT_CARD', '/cuerpo PERSON_NAME']);
  });

  it('reads a payer alias as a phone and a payee alias, a payment request token and web pages as nothing', () => {
    expect(findingsIn({ payerAlias: '46701234567', payeeAlias: '1231181189', paymentRequestToken: 'Qm9Xc2LkT1pR7vZy3Hd8Aa', pagine: ['/home/offerte'] })).toEqual(['/payerAlias PHONE']);
    expect(entitiesIn("Truca'm al 612 345 678 quan arribis", 'note')).toEqual(['PHONE']);
  });
});

describe('Dutch keys and months, holders and sign-offs, compounds and products (round 19: held-out sets DF, DG, DH, DI)', () => {
  it('reads Dutch customer, holder and birth-date keys, a customer id, and a person under a dotted Dutch name key', () => {
    expect(findingsIn({
      klant: 'Sjoukje van der Meer', rekeninghouder: 'Gerrit Post', klant_id: '0b9f6e2a-7c41-4d2e-9a35-58c1f0d4b7e3', geb_datum: '17-08-1969',
      'cliënt.naam': 'Wouter Kuiper', ouder: { voornaam: 'Ilse', naam: 'Dekker' },
    })).toEqual(['/cliënt.naam PERSON_NAME', '/geb_datum DATE_OF_BIRTH', '/klant PERSON_NAME', '/klant_id UUID_USER_ID', '/ouder/naam PERSON_NAME', '/ouder/voornaam PERSON_NAME', '/rekeninghouder PERSON_NAME']);
  });

  it('reads a birth date written with a Dutch month after a birth cue', () => {
    expect(entitiesIn('Ik ben op 2 maart 1983 geboren; geboren op 2 maart 1983 in Zwolle', 'bericht')).toEqual(['DATE_OF_BIRTH']);
    expect(entitiesIn('Levering gepland op 2 maart 2031', 'bericht')).toEqual([]);
  });

  it('reads a name after a holder word or a sign-off even when the dictionaries do not know it', () => {
    expect(entitiesIn('Betaling geweigerd, kaarthouder Wietske Bakker', 'log')).toEqual(['PERSON_NAME']);
    expect(entitiesIn('Could you move my appointment? Cheers, Norbert Bell', 'body')).toEqual(['PERSON_NAME']);
    expect(entitiesIn('Thanks, Grant Thornton LLP', 'body')).toEqual([]);
  });

  it('reads Dutch shops, hospitals, trade names, wards and company-register records as places or firms, and a paging token as no secret', () => {
    expect(findingsIn({
      winkel: 'Albert Dekker Supermarkt', ziekenhuis: 'Maxima Medisch Centrum', handelsnaam: 'Hendrik Jansen Optiek', ward: 'Edith Cavell Ward',
      kvk: { naam: 'Pieter Visser' }, resumptionToken: 'marc21!2024-01-01!2024-12-31!kaarten!2500',
    })).toEqual([]);
  });

  it('reads a run that ends in a compound naming a structure or a square as the place, not a person', () => {
    expect(entitiesIn('Karel Doormanbrug dicht wegens onderhoud', 'melding')).toEqual([]);
    expect(entitiesIn('Umleitung ab Konrad Adenauerplatz', 'meldung')).toEqual([]);
    expect(entitiesIn('Melding van Karel Doorman over de brug', 'melding')).toEqual(['PERSON_NAME']);
  });

  it('reads a run before a dose as a medicine, and a ward, a wing or a house named after someone as the place', () => {
    expect(entitiesIn('dispensed Clarissa Nasal 50 mcg spray, bin 4', 'log')).toEqual([]);
    expect(entitiesIn('Transfer to Edith Cavell Ward after theatre; family at Bernard Sunley House', 'note')).toEqual([]);
    expect(entitiesIn('Transfer approved by Edith Cavell after theatre', 'note')).toEqual(['PERSON_NAME']);
    expect(entitiesIn('Reviewed by Mary Ann Ward on arrival', 'note')).toEqual(['PERSON_NAME']);
  });

  it('reads the name of an object with a product id or a SKU as the product, except inside a person', () => {
    expect(findingsIn({ properties: { product_id: 'sku-88120', name: 'Douwe Egberts Aroma Rood', price: 6.99 } })).toEqual([]);
    expect(findingsIn({ traits: { sku: 'x1', name: 'Douwe Egberts' } })).toEqual(['/traits/name PERSON_NAME']);
  });
});

describe('Nordic keys, form bodies, printed IBANs before a word, fixes with a time (round 20: held-out sets DK, DL, DO)', () => {
  it('reads a Norwegian mobile key and a Danish or Norwegian birth-date key', () => {
    expect(findingsIn({ mobil: '91234567', fødselsdato: '02.11.1977' })).toEqual(['/fødselsdato DATE_OF_BIRTH', '/mobil PHONE']);
  });

  it('reads a card whose groups a form body joins with +, and keeps a + written %2B', () => {
    expect(entitiesIn('kortnr=4539+1488+0343+6467&summa=250&valuta=NOK', 'body')).toEqual(['CREDIT_CARD']);
    expect(entitiesIn('To=5000&From=%2B4791234567&Body=STOPP', 'raw')).toEqual(['PHONE']);
  });

  it('reads a printed IBAN followed by the next pair of a key=value line', () => {
    expect(entitiesIn('refund ok ref=R-88 iban=PL61 1090 1014 0000 0712 1981 2874 kod=dnb', 'log')).toEqual(['IBAN']);
  });

  it('reads a fix of a GPS trail with a short time key as one coordinate finding at the fix', () => {
    expect(findingsIn({ trail: [{ lat: 59.91273, lon: 10.74609, t: '2025-05-01T10:00:00Z' }] })).toEqual(['/trail/0 GEO_COORDINATES']);
  });
});

describe('Dotted person keys, caller numbers, city names, slashed names, streets and things after a run (round 21: held-out sets DP, DR, DS, DT)', () => {
  it('reads a name under a dotted key whose nearest parent is a person, behind an app namespace', () => {
    expect(findingsIn({ 'app.customer.name': 'Chidinma Okafor', 'airport.destination.name': 'Murtala Muhammed' })).toEqual(['/app.customer.name PERSON_NAME']);
  });

  it('reads the number of a caller or a callee as a phone number', () => {
    expect(findingsIn({ caller: '07031234567', callee: '+447700900123' })).toEqual(['/callee PHONE', '/caller PHONE']);
  });

  it('reads a city or town name key as a place, not a person', () => {
    expect(findingsIn({ city_name: 'Maria Pinto', $geoip_city_name: 'Maria Pinto' })).toEqual([]);
  });

  it('reads a card holder or passenger written SURNAME/GIVEN under a name key, and nothing in N/A', () => {
    expect(findingsIn({ cardholder_name: 'OKONKWO/ADAEZE', holder_name: 'N/A' })).toEqual(['/cardholder_name PERSON_NAME']);
  });

  it('reads a one-word street name after its house number, as maps write it, but not a word that only ends like one', () => {
    expect(entitiesIn('route from 17 Molenstraat to the depot', 'note')).toEqual(['STREET_ADDRESS']);
    expect(entitiesIn('packed 3 Brigade kits and 12 Spring orders', 'note')).toEqual([]);
  });

  it('reads a run before a street type as the street, and a run before or holding an award, instrument or publisher word as a thing', () => {
    expect(entitiesIn('pickup at Nnamdi Azikiwe Crescent gate', 'note')).toEqual([]);
    expect(entitiesIn('applied for the Rosalind Franklin Early Career Fellowships', 'note')).toEqual([]);
    expect(entitiesIn('observed with the Nancy Grace Roman Space Telescope', 'note')).toEqual([]);
    expect(entitiesIn('printed by Addison Wesley Publishers in 1994', 'note')).toEqual([]);
    expect(entitiesIn('ran a Monte Carlo simulation', 'note')).toEqual([]);
    expect(entitiesIn('applied with Rosalind Franklin yesterday', 'note')).toEqual(['PERSON_NAME']);
  });
});

describe('Streets whose name holds a type word, firms, vessels and anchorages, representatives, dates about a birth (round 22: held-out sets DU, DW, DY)', () => {
  it('reads a house number, a name holding an everyday street type word, and the core type after it', () => {
    expect(entitiesIn('moved to 4410 Pine Hill Dr last spring', 'note')).toEqual(['STREET_ADDRESS']);
    expect(entitiesIn('we saw 3 Pine Hill houses', 'note')).toEqual([]);
  });

  it('reads a firm under a firm key or before a country code and its legal form, and vessels and anchorages by key and word', () => {
    expect(findingsIn({ firm: 'Lucas Marsh Partners', barge: 'Ocean Pearl 3', anchorage: 'Elbe Anchorage' })).toEqual([]);
    expect(entitiesIn('audited by Douglas Hamilton UK LLP in May', 'note')).toEqual([]);
    expect(entitiesIn('waiting at Elbe Anchorage since noon with the Mae West lifejackets stowed', 'note')).toEqual([]);
  });

  it('reads the name of an authorised representative as a person', () => {
    expect(findingsIn({ authorized_representative: { name: 'Halyna Kravets' } })).toEqual(['/authorized_representative/name PERSON_NAME']);
  });

  it('reads the date something about a birth was done as no date of birth, and a birth date as one', () => {
    expect(findingsIn({ birth_cert_received_on: '2025-02-11', dob_verified_at: '2025-02-12', birth_date: '1979-02-11' })).toEqual(['/birth_date DATE_OF_BIRTH']);
  });
});

describe('Fare zones, stations in lowercase, memorials under title keys (round 23: held-out sets EB, ED)', () => {
  it('reads fare zones as no street and its number', () => {
    expect(entitiesIn('Weekly Pass Zones 1-3', 'product')).toEqual([]);
  });

  it('reads a run before the word station as the station', () => {
    expect(entitiesIn('missing tap-off at Amadou Diallo station yesterday', 'note')).toEqual([]);
  });

  it('reads the person a memorial names under a title key, and keeps a title of places quiet', () => {
    expect(findingsIn({ title: 'Celebrating the life of Adaeze Okonkwo' })).toEqual(['/title PERSON_NAME']);
    expect(findingsIn({ title: 'Petra by night and Wadi Rum' })).toEqual([]);
  });
});

describe('Birth dates and personal numbers of Central Europe, email digests after a key cue (round 24: held-out sets EH, EI)', () => {
  it('reads Hungarian, Romanian and Slovak birth-date keys', () => {
    expect(findingsIn({ szuletesi_ido: '1971-04-22', data_nasterii: '12.03.1968', datum_narodenia: '1980-02-29' }).sort()).toEqual([
      '/data_nasterii DATE_OF_BIRTH',
      '/datum_narodenia DATE_OF_BIRTH',
      '/szuletesi_ido DATE_OF_BIRTH',
    ]);
  });

  it('reads a Czech birth number under its key as no phone, and the same digits under a phone key as one', () => {
    expect(findingsIn({ rodne_cislo: '035214/4120' })).toEqual([]);
    expect(findingsIn({ contact_phone: '035214/4120' })).toEqual(['/contact_phone PHONE']);
  });

  it('reads an email digest after key= as the unsalted hash, not also a secret', () => {
    const line = 'dedupe contact email=kofi.mensah@example.org key=b4f040bce83e1fd798761b487f1a5182 ok';
    expect(findingsIn({ line }).sort()).toEqual(['/line EMAIL', '/line UNSALTED_HASH_OF_EMAIL']);
  });
});

describe('Segment page names, Daraja parties, AWS secrets with slashes, IBAN digits, Irish and Welsh keys and names (round 25: held-out sets EK, EL, EM, EN)', () => {
  it('reads the name of a Segment page or screen call as the page', () => {
    expect(findingsIn({ type: 'page', name: 'Jordan Retro Drop' })).toEqual([]);
    expect(findingsIn({ type: 'identify', traits: { name: 'Zorva Quilliam' } })).toEqual(['/traits/name PERSON_NAME']);
  });

  it("reads Daraja's PartyA as a phone number when it is one, and a paybill short code as none", () => {
    expect(findingsIn({ PartyA: 254712683410, PartyB: 600984 })).toEqual(['/PartyA PHONE']);
  });

  it('reads a 40-character AWS secret key that starts with a slash as a secret, and a credentials file path as a path', () => {
    expect(findingsIn({ aws_secret_access_key: '/q8Lm2Rx+Tz5Wv9Kc3Np7Hb1Yd4Gf6Js0Ae/Ui8O' })).toEqual(['/aws_secret_access_key API_KEY']);
    expect(findingsIn({ credentials_file: '/etc/app/credentials.json' })).toEqual([]);
  });

  it('reads the digits after an IBAN head as the rest of the IBAN, not a card, even when the IBAN fails its check', () => {
    expect(findingsIn({ check: 'DE71 5001 0855 7079 1265 52' })).toEqual([]);
  });

  it('reads Irish and Welsh keys for a name, a birth date and a password', () => {
    expect(findingsIn({ enw: 'Zorva Quilliam', ainm: 'Zorva Quilliam', dyddiad_geni: '1979-06-30', dáta_breithe: '1981-01-15', pasfhocal: 'Sneachta!2024', cyfrinair: 'Draig-goch-77' }).sort()).toEqual([
      '/ainm PERSON_NAME',
      '/cyfrinair PASSWORD',
      '/dyddiad_geni DATE_OF_BIRTH',
      '/dáta_breithe DATE_OF_BIRTH',
      '/enw PERSON_NAME',
      '/pasfhocal PASSWORD',
    ]);
  });

  it('reads Welsh and Irish given names, NicLeod-style surnames, Welsh street words and a holder= in a log line', () => {
    expect(findingsIn({ text: 'Hi, Gwilym Rowlands here, need help' })).toEqual(['/text PERSON_NAME']);
    expect(findingsIn({ recipient: 'Zorva NicLeod' })).toEqual(['/recipient PERSON_NAME']);
    expect(findingsIn({ note: 'parcel for 12 Heol y Castell, Abertawe SA1 1AA' })).toEqual(['/note STREET_ADDRESS']);
    expect(findingsIn({ msg: 'charge pan=**** holder="Zorva Quilliam" ok' })).toEqual(['/msg PERSON_NAME']);
  });

  it('reads a bare Irish number under WhatsApp `from`, and a denomination as no person', () => {
    expect(findingsIn({ messages: [{ from: '353871234567', id: 'wamid.x' }] })).toEqual(['/messages/0/from PHONE']);
    expect(findingsIn({ denomination: 'Rose Methodist' })).toEqual([]);
  });
});

describe('Service principals and Japanese given names (round 26: held-out sets EP, ES)', () => {
  it('reads the display name of an audit target of type Service as the service, and a User as a person', () => {
    expect(findingsIn({ target: [{ type: 'Service', displayName: 'Victor Poller' }], actor: { type: 'User', displayName: 'Zorva Quilliam' } })).toEqual(['/actor/displayName PERSON_NAME']);
  });

  it('reads common Japanese given names before a surname in free text', () => {
    expect(findingsIn({ note: 'Akiko Brennan chairs the panel' })).toEqual(['/note PERSON_NAME']);
    expect(findingsIn({ note: 'Hideki Larsen chairs the panel' })).toEqual(['/note PERSON_NAME']);
  });
});

describe('Travel passes, Serbian mail domains, South Slavic and Bulgarian keys, zones (round 27: held-out sets EV, EW)', () => {
  it('reads a plan under `pass` as a pass, and anything else under it as a password', () => {
    expect(findingsIn({ pass: 'Monthly Unlimited' })).toEqual([]);
    expect(findingsIn({ pass: 'sunshine7' })).toEqual(['/pass PASSWORD']);
  });

  it('reads a mailbox at a .rs domain as an email, and a Rust source file after @ as none', () => {
    expect(findingsIn({ email: 'milan.jovic@eunet.rs' })).toEqual(['/email EMAIL']);
    expect(findingsIn({ note: 'built from src@lib.rs today' })).toEqual([]);
  });

  it('reads Slovenian, Croatian, Serbian and Bulgarian keys for a password, a birth date and a name', () => {
    expect(findingsIn({ geslo: 'Kranj#2024x', lozinka: 'Sava-77-most', парола: 'Пловдив2023!' }).sort()).toEqual(['/geslo PASSWORD', '/lozinka PASSWORD', '/парола PASSWORD']);
    expect(findingsIn({ datum_rojstva: '1984-03-11', datum_rodjenja: '11.03.1984', дата_на_раждане: '11.03.1984' }).sort()).toEqual([
      '/datum_rodjenja DATE_OF_BIRTH',
      '/datum_rojstva DATE_OF_BIRTH',
      '/дата_на_раждане DATE_OF_BIRTH',
    ]);
    expect(findingsIn({ ime_in_priimek: 'Zorva Quilliam' })).toEqual(['/ime_in_priimek PERSON_NAME']);
  });

  it('reads a delivery zone as a place', () => {
    expect(findingsIn({ delivery_zone: 'Grace Hill' })).toEqual([]);
  });
});

describe('Hebrew prefixes before a number, game and ad-network keys, folder names in paths (round 28: held-out sets FA, FC)', () => {
  it('reads an international number written right after a Hebrew prefix and hyphen (ל-+972…), and not one glued to a word', () => {
    expect(findingsIn({ text: 'תחזרו אליי ל-+972-52-3318842 מחר' })).toEqual(['/text PHONE']);
    expect(findingsIn({ text: 'ref x-+972-52-3318842' })).toEqual([]);
  });

  it('reads the value of a game or ad-network key as a title', () => {
    expect(findingsIn({ game: 'Jade Empire', network: 'Meta Audience Network' })).toEqual([]);
  });

  it('reads a folder name between path separators as a folder', () => {
    expect(findingsIn({ note: 'log at /opt/games/Max Speed/run.log' })).toEqual([]);
    expect(findingsIn({ note: 'saved to /srv/photos/Maria Lopez/x.jpg by Maria Lopez' })).toEqual(['/note PERSON_NAME']);
    expect(findingsIn({ page_url: 'https://crm.example/people/Maria%20Lopez/timeline' })).toEqual(['/page_url PERSON_NAME']);
  });
});

describe('Sign-up confirmations, family names, Thai, Vietnamese and Arabic keys, chat links, shirt numbers (round 29: held-out sets FD, FE, FH)', () => {
  it('reads a password confirmation in a sign-up form as a password', () => {
    expect(findingsIn({ password_confirmation: 'Nile!river88', password2: 'Nile!river88', passwordRepeat: 'Nile!river88' })).toEqual([
      '/password2 PASSWORD',
      '/passwordRepeat PASSWORD',
      '/password_confirmation PASSWORD',
    ]);
  });

  it("reads a mother's, a father's and a child's name on a form as a person's, also in a caseless script", () => {
    expect(findingsIn({ mother_name: 'سلمى فؤاد نصر', father_name: 'Odhran Quill', child: { name: 'مازن كريم' } })).toEqual([
      '/child/name PERSON_NAME',
      '/father_name PERSON_NAME',
      '/mother_name PERSON_NAME',
    ]);
  });

  it('reads Thai and Vietnamese keys for a name, an address, a phone, an email, a password and a birth date', () => {
    expect(
      findingsIn({
        'ชื่อผู้รับ': 'สมศรี ใจดี',
        'ที่อยู่จัดส่ง': '88 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร 10110',
        'รหัสผ่าน': 'Chao#Phraya91',
        'วันเกิด': '1988-04-17',
        'อีเมล': 'somsri.jaidee@mail.example',
        so_dien_thoai: '0912345678',
        dia_chi: '14 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội',
        mat_khau: 'Hoguom@2024',
      }),
    ).toEqual([
      '/dia_chi STREET_ADDRESS',
      '/mat_khau PASSWORD',
      '/so_dien_thoai PHONE',
      '/ชื่อผู้รับ PERSON_NAME',
      '/ที่อยู่จัดส่ง STREET_ADDRESS',
      '/รหัสผ่าน PASSWORD',
      '/วันเกิด DATE_OF_BIRTH',
      '/อีเมล EMAIL',
    ]);
  });

  it('reads an Arabic full-name key', () => {
    expect(findingsIn({ 'الاسم_بالكامل': 'منى سامي الشريف' })).toEqual(['/الاسم_بالكامل PERSON_NAME']);
  });

  it('reads the number in a Zalo or Telegram click-to-chat link, not other paths of those hosts', () => {
    expect(findingsIn({ url: 'https://zalo.me/0912345678' })).toEqual(['/url PHONE']);
    expect(findingsIn({ url: 'https://t.me/+447700900417' })).toEqual(['/url PHONE']);
    expect(findingsIn({ url: 'https://zalo.me/g/abcdefgh' })).toEqual([]);
  });

  it('reads a dotted trunk number under a phone key, and keeps a dotted number without one quiet', () => {
    expect(findingsIn({ phone: '0912.345.678' })).toEqual(['/phone PHONE']);
    expect(findingsIn({ build: '0912.345.678' })).toEqual([]);
  });

  it('does not read an SSN inside a longer number printed with spaces', () => {
    expect(findingsIn({ contact_phone: '+856 20 5512 7788' })).toEqual(['/contact_phone PHONE']);
    expect(findingsIn({ note: 'ref 044 512 77 8890 sent' })).toEqual(['/note PHONE']);
    expect(findingsIn({ note: 'SSN on file: 512 44 7788' })).toEqual(['/note US_SSN']);
  });

  it('reads a name after a shirt or queue number (#7), and still not a street after a house number', () => {
    expect(findingsIn({ report: 'Booked: #9 Thomas Becker for a late tackle' })).toEqual(['/report PERSON_NAME']);
    expect(findingsIn({ report: 'pitch at 9 Becker Close' })).toEqual(['/report STREET_ADDRESS']);
  });

  it('knows Sotho, Tswana and Egyptian given names and surnames', () => {
    expect(findingsIn({ text: 'Transfer approved for Kgomotso Mofokeng today' })).toEqual(['/text PERSON_NAME']);
    expect(findingsIn({ text: 'Driver Hossam Shehata is on the way' })).toEqual(['/text PERSON_NAME']);
  });
});

describe('Indonesian and Malay keys, months and names; survey roles, copyright holders, map markers, sentences as titles (round 30: held-out sets FI, FJ, FL)', () => {
  it('reads Indonesian and Malay keys for a name, a phone, an address, an email and a password', () => {
    expect(
      findingsIn({
        nama_lengkap: 'Rina Kartika',
        nomor_hp: '+62 812-3344-5566',
        no_telepon: '0856 7788 9900',
        alamat_lengkap: 'Jl. Merpati No. 12, RT 03/RW 05, Kebayoran Baru, Jakarta Selatan 12130',
        alamat_email: 'rina.k@mail.example',
        surel: 'rina dot k at mail dot example',
        kata_sandi: 'Merpati!1290',
        katalaluan: 'Kelapa#Muda77',
      }),
    ).toEqual([
      '/alamat_email EMAIL',
      '/alamat_lengkap STREET_ADDRESS',
      '/kata_sandi PASSWORD',
      '/katalaluan PASSWORD',
      '/nama_lengkap PERSON_NAME',
      '/no_telepon PHONE',
      '/nomor_hp PHONE',
      '/surel EMAIL',
    ]);
  });

  it("reads `nama` as a person's name inside a customer, an applicant or a recipient, as `name` is", () => {
    expect(findingsIn({ pemohon: { nama: 'Tan Wei Ming' }, penerima: { nama: 'Lestiani Wulandari' } })).toEqual([
      '/pemohon/nama PERSON_NAME',
      '/penerima/nama PERSON_NAME',
    ]);
    expect(findingsIn({ produk: { nama: 'Kopi Susu Gula Aren' } })).toEqual([]);
  });

  it('reads Indonesian and Malay month names in a birth date, and `lahir pada` as a birth cue', () => {
    expect(findingsIn({ tarikh_lahir: '3 Ogos 1991' })).toEqual(['/tarikh_lahir DATE_OF_BIRTH']);
    expect(findingsIn({ chat: 'Saya lahir pada 9 Desember 1984, kak.' })).toEqual(['/chat DATE_OF_BIRTH']);
    expect(findingsIn({ chat: 'Promo berlaku sampai 9 Desember 2024.' })).toEqual([]);
  });

  it('knows Malay and Indonesian given names and surnames, with `bin` between them', () => {
    expect(findingsIn({ note: 'Dihantar kepada Mohd Haziq bin Zainal semalam' })).toEqual(['/note PERSON_NAME']);
    expect(findingsIn({ review: 'Terima kasih kak Wayan Harahap, cepat sekali!' })).toEqual(['/review PERSON_NAME']);
  });

  it("reads the name of a survey's respondent, interviewer or enumerator, also in a survey's name/value answers", () => {
    // `Peter` and `Hope` are everyday words too, so in free text these runs are not read as names; the keys make them so.
    expect(findingsIn({ respondent_name: 'Peter Wairimu', enumerator_name: 'Hope Nyambura' })).toEqual(['/enumerator_name PERSON_NAME', '/respondent_name PERSON_NAME']);
    expect(findingsIn({ answers: [{ name: 'interviewee_name', value: 'Hope Wangui' }] })).toEqual(['/answers/0/value PERSON_NAME']);
  });

  it('reads the holder after a copyright mark and its year, and still a street after a house number', () => {
    expect(findingsIn({ Copyright: '(c) 2023 Lukas Brenner' })).toEqual(['/Copyright PERSON_NAME']);
    expect(findingsIn({ credit: '© 2019-2024 Lukas Brenner' })).toEqual(['/credit PERSON_NAME']);
    expect(findingsIn({ note: 'left at 2023 Brenner Avenue' })).toEqual(['/note STREET_ADDRESS']);
  });

  it("reads a map marker's latitude and longitude in a share link", () => {
    expect(findingsIn({ share: 'https://www.openstreetmap.org/?mlat=47.37714&mlon=8.54112#map=18' })).toEqual(['/share URL_WITH_PII_QUERY']);
  });

  it('looks for names in a title that is a sentence, not in a title in title case', () => {
    expect(findingsIn({ title: 'Oluwaseun Adeyemi archived the segment beta testers in Staging' })).toEqual(['/title PERSON_NAME']);
    expect(findingsIn({ title: 'The Life and Times of Tristram Shandy' })).toEqual([]);
  });
});

describe('Tagalog and Cebuano keys, lists of people, placeholders and bots, Philippine numbers and ids, lottery draws, fake GitHub tokens, Central American places, Haitian compound names (round 31: held-out sets FN, FO)', () => {
  it('reads Tagalog and Cebuano keys for a name, a birth date, an address and a mobile', () => {
    expect(
      findingsIn({
        pasahero: { pangalan: 'Hope Wangui' },
        kaarawan: '07/19/1988',
        adlaw_sa_pagkatawo: '19/07/1988',
        tirahan: 'Blk 4 Lot 12 Phase 2, Brgy. San Isidro, Antipolo City',
        selpon: '09175550134',
      }),
    ).toEqual(['/adlaw_sa_pagkatawo DATE_OF_BIRTH', '/kaarawan DATE_OF_BIRTH', '/pasahero/pangalan PERSON_NAME', '/selpon PHONE', '/tirahan STREET_ADDRESS']);
  });

  it("reads the names in a list of passengers or guests as people's", () => {
    expect(findingsIn({ passengers: [{ name: 'Hope Wangui' }], guests: [{ name: 'Peter Wairimu' }] })).toEqual([
      '/guests/0/name PERSON_NAME',
      '/passengers/0/name PERSON_NAME',
    ]);
  });

  it("keeps a form field's placeholder, a bot's name and a user group's display name quiet", () => {
    expect(findingsIn({ form: { placeholder: 'e.g. Maria Lopez' }, bot: 'Maria Santos' })).toEqual([]);
    expect(findingsIn({ target: [{ type: 'UserGroup', displayName: 'Maria Ops Supervisors' }] })).toEqual([]);
  });

  it('reads a Philippine mobile written 09xx-xxx-xxxx in text, and not a national id number under its key', () => {
    expect(findingsIn({ message: 'pakitext po sa 0956-555-0134 salamat' })).toEqual(['/message PHONE']);
    expect(findingsIn({ sss_no: '04-1234567-8', tin_no: '0917-555-0134' })).toEqual([]);
  });

  it('reads six groups of decimal digits as a MAC only under a MAC key', () => {
    expect(findingsIn({ combination: '12-25-33-41-06-19' })).toEqual([]);
    expect(findingsIn({ mac: '12-25-33-41-06-19' })).toEqual(['/mac MAC_ADDRESS']);
    expect(findingsIn({ note: 'seen 0a-25-33-41-06-19' })).toEqual(['/note MAC_ADDRESS']);
  });

  it('keeps a GitHub-shaped token whose CRC32 fails quiet, under a token key and after a credential word too', () => {
    expect(findingsIn({ fixture_token: 'ghp_Zq8LmN3pR7tV1wX5yB9cD2fG4hJ6kM0nP8sT', note: 'token: ghp_Zq8LmN3pR7tV1wX5yB9cD2fG4hJ6kM0nP8sT' })).toEqual([]);
  });

  it('reads a department, a canton or a village key as a place', () => {
    expect(findingsIn({ departamento: 'Alta Verapaz', canton: 'Alta Gracia' })).toEqual([]);
  });

  it('reads a name after a party to a service (customer, patient, caller, tenant) when its surname is known', () => {
    expect(findingsIn({ note: 'patient Quenisha Reid asked to move the visit' })).toEqual(['/note PERSON_NAME']);
    expect(findingsIn({ note: 'customer Support Desk asked' })).toEqual([]);
  });

  it('reads a compound given name after Jean- or Marie- whatever its second part', () => {
    expect(findingsIn({ note: 'Registered: Jean-Wesner Pierrot, family of 4' })).toEqual(['/note PERSON_NAME']);
    expect(findingsIn({ note: 'Registered: Marie-Yolène Baptiste today' })).toEqual(['/note PERSON_NAME']);
  });
});

describe('Parties of mobile-money messages, given names as lowercase display names, South Asian password keys, trimmed coordinates (round 32: held-out set FS, and sets Q, BG, FI, BX, CN, DI, DR met again)', () => {
  it("reads the number after a party's name in a mobile-money message, in French and Malay and in brackets", () => {
    expect(findingsIn({ sms: 'Vous avez reçu 5000 FCFA de Mariama Diallo (76 412 58 30). Solde: 9000 FCFA' })).toEqual(['/sms PERSON_NAME', '/sms PHONE']);
    expect(findingsIn({ sms: 'Pemindahan RM40.00 kepada Nurul Aina binti Hassan (0193348271) berjaya' })).toEqual(['/sms PERSON_NAME', '/sms PHONE']);
    expect(findingsIn({ sms: 'Solde: 76 412 58 30 FCFA' })).toEqual([]);
  });

  it('knows Māori, Norwegian and Indian given names as a lowercase display name', () => {
    expect(findingsIn({ profile: { display_name: 'wiremu' }, member: { display_name: 'reyansh' }, user: { display_name: 'torbjorn' } })).toEqual([
      '/member/display_name PERSON_NAME',
      '/profile/display_name PERSON_NAME',
      '/user/display_name PERSON_NAME',
    ]);
  });

  it('reads Bengali, Urdu and Hindi keys for a password, and a contact number as a phone', () => {
    expect(findingsIn({ 'পাসওয়ার্ড': 'Padma#River42', 'پاس ورڈ': 'Ravi!2099kl', 'पासवर्ड': 'Ganga@77xz', contact_no: '00923001234567' })).toEqual([
      '/contact_no PHONE',
      '/پاس ورڈ PASSWORD',
      '/पासवर्ड PASSWORD',
      '/পাসওয়ার্ড PASSWORD',
    ]);
  });

  it('reads a {lat, lon} object of JSON numbers as one finding when JSON dropped the trailing zero of one', () => {
    expect(findingsIn({ fix: { lat: 24.861, lon: 67.009941 } })).toEqual(['/fix GEO_COORDINATES']);
    expect(findingsIn({ fix: { lat: 24.86, lon: 67.01 } })).toEqual([]);
  });
});

describe('Sinhala, Tamil and Nepali keys and names, remittances, seven-digit numbers, prefixed live secrets, utilities (round 32: held-out sets FT, FU)', () => {
  it('reads Sinhala, Tamil and Nepali keys for a name, an address and a birth date', () => {
    expect(
      findingsIn({ 'නම': 'Hope Wangui', 'பெயர்': 'Hope Wangui', 'ठेगाना': '12 Lazimpat Marg, Kathmandu', 'பிறந்த தேதி': '1991-03-14', 'උපන් දිනය': '1990-07-02' }),
    ).toEqual(['/ठेगाना STREET_ADDRESS', '/பிறந்த தேதி DATE_OF_BIRTH', '/பெயர் PERSON_NAME', '/උපන් දිනය DATE_OF_BIRTH', '/නම PERSON_NAME']);
  });

  it('reads an email address key in Tamil, Sinhala and Nepali as an email key, not a postal one', () => {
    expect(findingsIn({ 'மின்னஞ்சல் முகவரி': 'kavi.r@mail.example', 'විද්‍යුත් තැපැල් ලිපිනය': 'nimal.p@mail.example', 'इमेल ठेगाना': 'sita.k@mail.example' })).toEqual([
      '/इमेल ठेगाना EMAIL',
      '/மின்னஞ்சல் முகவரி EMAIL',
      '/විද්‍යුත් තැපැල් ලිපිනය EMAIL',
    ]);
  });

  it("reads a remitter's name", () => {
    expect(findingsIn({ remitter: { name: 'Hope Wangui' }, remitter_name: 'Peter Wairimu' })).toEqual(['/remitter/name PERSON_NAME', '/remitter_name PERSON_NAME']);
  });

  it('reads seven digits under a phone key as a phone, and a seven-digit count under one as a count', () => {
    expect(findingsIn({ recipient: { phone: '7771234' } })).toEqual(['/recipient/phone PHONE']);
    expect(findingsIn({ stats: { sms: 1209344 } })).toEqual([]);
  });

  it('reads a live secret key with a word prefix as a secret, and a cache key as none', () => {
    expect(findingsIn({ headers: { Authorization: 'Key live_secret_key_5f0c2a9e41b87d3366aa0f9c12de7b48' } })).toEqual(['/headers/Authorization API_KEY']);
    expect(findingsIn({ token: 'node-cache-Linux-x64-npm-5f0c2a9e41b87d3366aa0f9c12de7b48' })).toEqual([]);
  });

  it('knows Sinhala and Nepali given names and surnames', () => {
    expect(findingsIn({ note: 'Guide Kasun Bandara met us at the airport' })).toEqual(['/note PERSON_NAME']);
    expect(findingsIn({ note: 'Driver Binod Shrestha waited' })).toEqual(['/note PERSON_NAME']);
  });

  it("reads a utility's name as a firm's", () => {
    expect(findingsIn({ candidates: [{ utility: 'Florida Power & Light' }] })).toEqual([]);
  });
});

describe('M-Pesa public names, institutions under a name key, Bemba and Swahili phone keys, southern African names (round 33: held-out set FX)', () => {
  it("reads a bare international number before its party's public name after `to`/`para`, and not an order number", () => {
    expect(findingsIn({ sms: 'Transferiste 500.00MT para 258841234567 - Hope Wangui aos 2/3/25.' })).toEqual(['/sms PHONE']);
    expect(findingsIn({ sms: 'Order 258841234567 - Awesome Chair shipped' })).toEqual([]);
  });

  it('reads a school or a foundation named kind first under a name key as no person', () => {
    expect(findingsIn({ beneficiary: 'Colegio San José de Calasanz' })).toEqual([]);
    expect(findingsIn({ beneficiary: 'Hope Wangui' })).toEqual(['/beneficiary PERSON_NAME']);
  });

  it('reads a Bemba phone key, and Chichewa given names with Malawian surnames', () => {
    expect(findingsIn({ umulimi: { inambala_ya_foni: '0977123456' } })).toEqual(['/umulimi/inambala_ya_foni PHONE']);
    expect(findingsIn({ note: 'Paid by Kondwani Nyirenda on Friday' })).toEqual(['/note PERSON_NAME']);
  });
});

describe('Registry credentials, password changes, Spanish keys, application names (round 33: held-out sets GB, FY, FZ)', () => {
  const b64 = (s: string): string => Buffer.from(s).toString('base64');

  it("reads npm's `_auth` and a Docker config's `auth` as Basic credentials, a password, unless the password is a live token", () => {
    expect(findingsIn({ _auth: b64('ci-bot:Wq8#zLm2pR!x'), auths: { 'registry.example.com': { auth: b64('deployer:N0t-a-token!77') } } })).toEqual([
      '/_auth PASSWORD',
      '/auths/registry.example.com/auth PASSWORD',
    ]);
    // A live GitHub token as the password (checksum valid, as in url.test.ts) is reported as the token only.
    expect(findingsIn({ auths: { 'ghcr.io': { auth: b64('octo: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') } } })).toEqual(['/auths/ghcr.io/auth API_KEY']);
  });

  it("reads a registry-scoped `_password` in an .npmrc, and the new password of a password change", () => {
    expect(findingsIn({ body: `config:\n//npm.internal.example/:_password=${b64('Kestrel!2210')}\nalways-auth=true` })).toEqual(['/body PASSWORD']);
    expect(findingsIn({ password: { old: '********', new: 'Harbour#4471' } })).toEqual(['/password/new PASSWORD']);
  });

  it('reads Spanish keys for a merchant and a farm as places, and for a driver, a worker, names and a birth date', () => {
    expect(findingsIn({ comercio: 'Ernesto Rojas', finca: 'Maria Teresa Vera' })).toEqual([]);
    expect(findingsIn({ conductor: { nombre: 'Hope Wangui' }, trabajador: { nombres: 'Peter Wairimu' }, fecha_nac: '14/03/1988' })).toEqual([
      '/conductor/nombre PERSON_NAME',
      '/fecha_nac DATE_OF_BIRTH',
      '/trabajador/nombres PERSON_NAME',
    ]);
  });

  it("reads an application's name ending in `Web` as a thing", () => {
    expect(findingsIn({ client_id: 'abc', client_name: 'Harbor Web' })).toEqual([]);
  });
});

describe('Heads of households, caregivers, West African names, mailbox names, SMTP address literals (round 34: held-out sets GC, GG)', () => {
  it("reads the name of a household's head and of a caregiver", () => {
    expect(findingsIn({ household: { head_name: 'Peter Wairimu' }, caregiver: { name: 'Hope Wangui' } })).toEqual([
      '/caregiver/name PERSON_NAME',
      '/household/head_name PERSON_NAME',
    ]);
  });

  it('knows Sierra Leonean given names and surnames', () => {
    expect(findingsIn({ sms: 'You have received Le 500 from Fatmata Sesay today' })).toEqual(['/sms PERSON_NAME']);
  });

  it("reads a mailbox's display name as a person only when its local part spells two parts of it (set GG)", () => {
    expect(findingsIn({ to: '"Quayside Lettings" <lettings@mail.example>' })).toEqual(['/to EMAIL']);
    expect(findingsIn({ to: '"Odalys Verhoef" <overhoef@mail.example>' })).toEqual(['/to EMAIL', '/to PERSON_NAME']);
  });

  it('reads the IPv6 address of an SMTP address literal', () => {
    expect(findingsIn({ dsn: 'Remote-MTA: dns; mx.example.com [IPv6:2607:f8b0:4864:20::ab8]' })).toEqual(['/dsn IP_ADDRESS']);
  });
});

describe('Pacific keys, seven grouped digits after a cue, Pacific names (round 34: held-out set GD)', () => {
  it('reads Tok Pisin, Bislama and Tongan keys for a name, a phone, a password and a birth date', () => {
    expect(findingsIn({ hingoa: 'Hope Wangui', 'ʻaho fāʻeleʻi': '1961-02-11', namba_fon: '71234567', paswot: 'Kundu!drum77', de_bilong_bon: '03/04/1985' })).toEqual([
      '/de_bilong_bon DATE_OF_BIRTH',
      '/hingoa PERSON_NAME',
      '/namba_fon PHONE',
      '/paswot PASSWORD',
      '/ʻaho fāʻeleʻi DATE_OF_BIRTH',
    ]);
  });

  it('reads seven digits grouped three and four after a cue, also the Pijin and Tok Pisin `kolem`', () => {
    expect(findingsIn({ sms: 'Recipient tel 974 1763. Ref 2291' })).toEqual(['/sms PHONE']);
    expect(findingsIn({ chat: 'Plis kolem mi long 7447942 tumora' })).toEqual(['/chat PHONE']);
    expect(findingsIn({ sms: 'Ref 974 1763 paid' })).toEqual([]);
  });

  it('knows Tongan given names and surnames', () => {
    expect(findingsIn({ note: 'Looking for Sione Taufa near the wharf' })).toEqual(['/note PERSON_NAME']);
  });
});


describe('Horn of Africa keys and cues, self-introductions, whose `name=`, `00` numbers under `to` (round 35: held-out set GH)', () => {
  it("reads a guardian's name, Amharic, Tigrinya, Oromo and Somali keys for a name, a password, a phone and a birth date", () => {
    expect(findingsIn({ guardian_name: 'Dawit Gebreyes', ስም: 'Dawit Gebreyes', maqaa: 'Chaltu Dinsa', የይለፍ_ቃል: 'Buna#Tea2019', ስልክ_ቁጥር: '0911223344', taariikhda_dhalashada: '14/03/2011' })).toEqual([
      '/guardian_name PERSON_NAME',
      '/maqaa PERSON_NAME',
      '/taariikhda_dhalashada DATE_OF_BIRTH',
      '/ስልክ_ቁጥር PHONE',
      '/ስም PERSON_NAME',
      '/የይለፍ_ቃል PASSWORD',
    ]);
  });

  it('reads a local number after the Amharic and Oromo words for phone', () => {
    expect(findingsIn({ note: 'የአባት ስልክ 0922334455 ተመዝግቧል' })).toEqual(['/note PHONE']);
    expect(findingsIn({ chat: 'Lakkoofsi bilbilaa koo 0933445566 dha' })).toEqual(['/chat PHONE']);
    expect(findingsIn({ note: 'Visit 0922334455 registered' })).toEqual([]);
  });

  it("reads the name a speaker gives as their own, known to the dictionaries or not", () => {
    expect(findingsIn({ chat: "Bonsoir, je m'appelle Hodan Warsame et mon colis est perdu" })).toEqual(['/chat PERSON_NAME']);
    expect(findingsIn({ chat: 'Nagaa, maqaan koo Gammachuu Tolaa jedhama' })).toEqual(['/chat PERSON_NAME']);
    expect(findingsIn({ chat: 'Hi, my name is Kebede Alemu and I cannot log in' })).toEqual(['/chat PERSON_NAME']);
    expect(findingsIn({ chat: 'Hi, my name is Support Team' })).toEqual([]);
  });

  it('reads a bare `name=` as a person when the word before it names one', () => {
    expect(findingsIn({ log: 'checked in patient name="Yordanos Woldemariam" bed=12' })).toEqual(['/log PERSON_NAME']);
    expect(findingsIn({ log: 'updated product name="Yordanos Woldemariam" sku=12' })).toEqual([]);
  });

  it('reads a number after the `00` international prefix under a sender or a recipient key', () => {
    expect(findingsIn({ to: '00251911223344', from: '00252615556677' })).toEqual(['/from PHONE', '/to PHONE']);
    expect(findingsIn({ to: '00991234567890' })).toEqual([]);
  });
});

describe('Holder, Slovak and Hungarian name keys, an IPv6 before a colon, `via` after an amount, capitals (round 35: held-out sets GI, GK, GL)', () => {
  it('reads a French `titulaire`, Slovak `meno` and `priezvisko` and Hungarian `nev`', () => {
    expect(findingsIn({ titulaire: 'Odile Marchetti', meno: 'Juraj', priezvisko: 'Hlinka', nev: 'Tóth Eszter' })).toEqual([
      '/meno PERSON_NAME',
      '/nev PERSON_NAME',
      '/priezvisko PERSON_NAME',
      '/titulaire PERSON_NAME',
    ]);
  });

  it('reads an IPv6 address before the colon that ends a clause', () => {
    expect(findingsIn({ msg: 'denied for 2a02:8108:1cc0:3f00:5d1e:9a2b:77c4:e0f1: too many attempts' })).toEqual(['/msg IP_ADDRESS']);
  });

  it('does not read an amount paid `via` a card or a bank as a casual address', () => {
    expect(findingsIn({ msg: 'refund of 45 via bank transfer 2290 queued' })).toEqual([]);
    expect(findingsIn({ msg: 'colis livré au 12 rue des lilas 75011 paris' })).toEqual(['/msg STREET_ADDRESS']);
  });

  it('does not read Bratislava before a district as a person', () => {
    expect(findingsIn({ locker: 'Parcel box Bratislava Petržalka 7' })).toEqual([]);
  });
});

describe('Central Asian and Mongolian keys, Cyrillic street addresses in text (round 36: held-out set GM)', () => {
  it('reads Uzbek, Kazakh, Tajik and Mongolian keys for a name, a birth date, an address and a phone', () => {
    expect(findingsIn({ 'F.I.Sh': 'Karimova Nodira Bahodirovna', "tug'ilgan_sana": '02.11.1990', manzil: "Samarqand sh., Registon ko'chasi, 12-uy" })).toEqual([
      '/F.I.Sh PERSON_NAME',
      '/manzil STREET_ADDRESS',
      "/tug'ilgan_sana DATE_OF_BIRTH",
    ]);
    expect(findingsIn({ аты_жөні: 'Омарова Айгерим', туған_күні: '1992-04-30', мекенжайы: 'Астана қ., Кенесары көшесі, 40-үй' })).toEqual([
      '/аты_жөні PERSON_NAME',
      '/мекенжайы STREET_ADDRESS',
      '/туған_күні DATE_OF_BIRTH',
    ]);
    expect(findingsIn({ овог: 'Батболд', нэр: 'Номин', утас: '88112233', ному_насаб: 'Шамсиддин Раҳимов' })).toEqual([
      '/ному_насаб PERSON_NAME',
      '/нэр PERSON_NAME',
      '/овог PERSON_NAME',
      '/утас PHONE',
    ]);
    expect(findingsIn({ fish: 'Atlantic Salmon' })).toEqual([]);
  });

  it('reads Russian, Kazakh and Uzbek street addresses in text', () => {
    expect(findingsIn({ note: 'Привезите на ул. Садовая, 12, кв. 5, код 44' })).toEqual(['/note STREET_ADDRESS']);
    expect(findingsIn({ note: 'Адрес доставки: г. Казань, пр. Победы, д. 101' })).toEqual(['/note STREET_ADDRESS']);
    expect(findingsIn({ note: 'Yetkazish: Buxoro, Navoiy ko\'chasi, 8-uy' })).toEqual(['/note STREET_ADDRESS']);
  });
});

describe('Cache keys, plans, suburbs after an address, Nguni self-introductions (round 36: held-out sets GN, GQ)', () => {
  it('does not read the hash after a cache or an idempotency key as a secret, as it does after a bare key', () => {
    expect(findingsIn({ msg: 'cache miss key=9f1c2b7e4d0a63f8c5e1b2d4a7c9e0f3b6d8a1c4 stored' })).toEqual([]);
    expect(findingsIn({ msg: 'using key 9f1c2b7e4d0a63f8c5e1b2d4a7c9e0f3b6d8a1c4 upstream' })).toEqual(['/msg API_KEY']);
  });

  it("reads a plan's or a tier's name as a product's", () => {
    expect(findingsIn({ plan: 'Ruby Select', tier: 'Jasper Plus' })).toEqual([]);
  });

  it('reads a name and a compass word after a comma as a suburb', () => {
    expect(findingsIn({ note: 'Drop at 12 Mofolo Road, Lindsay West, gate is blue' })).toEqual(['/note STREET_ADDRESS']);
  });

  it('reads the name after the Zulu and siSwati `ngingu-` as the speaker\'s', () => {
    expect(findingsIn({ text: 'Sawubona, ngingu-Sakhile Gamedze, ngicela ungishayele' })).toEqual(['/text PERSON_NAME']);
  });
});

describe('Burmese keys and names, H3 cells, rule targets, sandbox addresses, merge fields (round 37: held-out sets GR, GS, GU)', () => {
  it('reads Burmese keys for a name, a phone, an address and a birth date', () => {
    expect(findingsIn({ အမည်: 'Ma Khin Thida', ဖုန်းနံပါတ်: '09 7712 3344', လိပ်စာ: 'No. 15, Bogyoke Road, Yangon', မွေးသက္ကရာဇ်: '1988-02-14' })).toEqual([
      '/ဖုန်းနံပါတ် PHONE',
      '/မွေးသက္ကရာဇ် DATE_OF_BIRTH',
      '/လိပ်စာ STREET_ADDRESS',
      '/အမည် PERSON_NAME',
    ]);
  });

  it('reads a Burmese honorific and name syllables as a person, known to the dictionaries or not', () => {
    expect(findingsIn({ remark: 'Delivered to U Kyaw Zaw Htet at the shop' })).toEqual(['/remark PERSON_NAME']);
    expect(findingsIn({ review: 'Ko Pyae Phyo Naing was quick' })).toEqual(['/review PERSON_NAME']);
    expect(findingsIn({ remark: 'Take the U Turn ahead, Ko Samui ferry at 9' })).toEqual([]);
  });

  it('does not read an H3 cell index as a phone number, as it reads a `cell` number', () => {
    expect(findingsIn({ 'dispatch.h3_cell': '886554433221100', cell: '0977123344' })).toEqual(['/cell PHONE']);
  });

  it("reads the display name of a rule as the rule's", () => {
    expect(findingsIn({ target: [{ type: 'Rule', displayName: 'Minimum Age Georgia' }] })).toEqual([]);
  });

  it('reads a real address with `.invalid` appended as an email, a one-label host before it as none', () => {
    expect(findingsIn({ Email: 'ana.souza@gmail.com.invalid', relay: 'queue@mx.invalid' })).toEqual(['/Email EMAIL']);
  });

  it('reads a Salesforce merge field as a placeholder', () => {
    expect(findingsIn({ password: '{!$Credential.Password}' })).toEqual([]);
  });
});

describe('Romanian keys, cues and streets, a MAC before a RADIUS SSID (round 37: held-out sets GT, GV)', () => {
  it('reads Romanian keys for a given name, a name and a delivery or pickup address', () => {
    expect(findingsIn({ member: { prenume: 'Ioana', nume: 'Dobre' }, adresa_preluare: 'Calea Victoriei 120, Sector 1, București' })).toEqual([
      '/adresa_preluare STREET_ADDRESS',
      '/member/nume PERSON_NAME',
      '/member/prenume PERSON_NAME',
    ]);
  });

  it('reads a birth date after the Romanian and Bulgarian cues', () => {
    expect(findingsIn({ d: 'Amendă pentru client, data nașterii: 14.09.1988, seria PX' })).toEqual(['/d DATE_OF_BIRTH']);
    expect(findingsIn({ d: 'Клиентът е роден на 03.11.1979 г.' })).toEqual(['/d DATE_OF_BIRTH']);
  });

  it('reads a Romanian street with its number after `nr.`', () => {
    expect(findingsIn({ d: 'Livrare la Str. Florilor nr. 12, Cluj 400001' })).toEqual(['/d STREET_ADDRESS']);
  });

  it('reads a dashed MAC before the SSID of a RADIUS Called-Station-Id, not a colon MAC glued to a word', () => {
    expect(findingsIn({ 'Called-Station-Id': 'A4-2B-11-7C-09-E3:VillageNet', log: 'ap A4:2B:11:7C:09:E3:VillageNet' })).toEqual(['/Called-Station-Id MAC_ADDRESS']);
  });
});

describe('Ukrainian names, Indian keys, cues and streets, units beside coordinates, amounts paid via (round 38: held-out sets GW, GY, GZ)', () => {
  it('knows Ukrainian given names and surnames as their official romanisation writes them', () => {
    expect(findingsIn({ note: 'Evacuee Oleksii Kovalchuk, DOB: 11.02.1979' })).toEqual(['/note DATE_OF_BIRTH', '/note PERSON_NAME']);
  });

  it('reads Telugu, Kannada and Punjabi keys for a name, an address and a birth date', () => {
    expect(findingsIn({ ಹೆಸರು: 'Deekshith Poojary', చిరునామా: '12, Gandhi Road, Vijayawada 520002', 'పుట్టిన తేదీ': '14/08/1990', ਪਤਾ: 'House 12, Model Town, Ludhiana 141002' })).toEqual([
      '/ਪਤਾ STREET_ADDRESS',
      '/చిరునామా STREET_ADDRESS',
      '/పుట్టిన తేదీ DATE_OF_BIRTH',
      '/ಹೆಸರು PERSON_NAME',
    ]);
  });

  it('reads the name after an Indian self-introduction, romanised or not', () => {
    expect(findingsIn({ chat: 'Namaskara, nanna hesaru Deekshith Poojary, DOB 01/02/1980' })).toEqual(['/chat DATE_OF_BIRTH', '/chat PERSON_NAME']);
    expect(findingsIn({ chat: 'Ente peru Jithin Thekkedath, policy renew' })).toEqual(['/chat PERSON_NAME']);
    expect(findingsIn({ text: 'എന്റെ പേര് Jithin Thekkedath. ഫോൺ' })).toEqual(['/text PERSON_NAME']);
  });

  it('reads an Indian street type (`Salai`, `Marg`) and a devotee as a person', () => {
    expect(findingsIn({ chat: 'address 14, Anna Salai, Teynampet, Chennai 600018' })).toEqual(['/chat STREET_ADDRESS']);
    expect(findingsIn({ devotees: [{ name: 'Sai Kiran Reddy', age: 30 }] })).toEqual(['/devotees/0/name PERSON_NAME']);
  });

  it('reads a {lat, lon} object with an accuracy in metres as one finding at the object', () => {
    expect(findingsIn({ photo: { lat: 12.971623, lon: 77.594562, accuracy_m: 5 } })).toEqual(['/photo GEO_COORDINATES']);
  });

  it('does not read an amount paid `via` a wallet, or a date before words, as a street', () => {
    expect(findingsIn({ body: 'Your loan of KES 1,200 is due on 2024-04-02. Pay 1,200 via M-Pesa paybill 400200' })).toEqual([]);
    expect(findingsIn({ a: 'Livraison au 8 place Bellecour, Lyon' })).toEqual(['/a STREET_ADDRESS']);
  });
});

describe('Quantities, versions beside versions, Argentine mobiles, pharmacies, code hosts, units alone, HMAC keys (round 39: held-out sets HC, HE)', () => {
  it('does not read a product and its quantity as a street and its number', () => {
    expect(findingsIn({ products: [{ name: 'Hill Estate Shiraz 750 ml', price: 9 }] })).toEqual([]);
  });

  it('reads a dotted quad with the same major as a version beside it as a version, and alone as an address', () => {
    expect(findingsIn({ log: 'updated to v4.12.0.3 from 4.11.9.1' })).toEqual([]);
    expect(findingsIn({ log: 'login from 4.11.9.1 failed' })).toEqual(['/log IP_ADDRESS']);
  });

  it('reads an Argentine mobile written bare with its 9 under a sender key', () => {
    expect(findingsIn({ from: '5491155550123' })).toEqual(['/from PHONE']);
  });

  it("reads a pharmacy's name as a firm's", () => {
    expect(findingsIn({ pharmacy: 'Lloyd Grant', farmacia: 'Santa Isabel' })).toEqual([]);
  });

  it('does not read the git user of a code host as an email', () => {
    expect(findingsIn({ msg: 'run ssh -T git@gitlab.com to check the key' })).toEqual([]);
  });

  it("does not read an address's unit line alone as an address", () => {
    expect(findingsIn({ billing_address: { line1: '18 Harbour Road', line2: 'Suite 210' } })).toEqual(['/billing_address/line1 STREET_ADDRESS']);
  });

  it('does not read a digest under an HMAC or salted email key as an unsalted hash', () => {
    expect(findingsIn({ hmac_email: '7f3b2a9c1d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8' })).toEqual([]);
  });
});

describe('Arabizi cues, parties after à, passes, birth keys, software versions, trunk 8, Baltic streets and intros, lockers, street abbreviations, tokens (round 40: held-out sets HG-HK)', () => {
  it('reads a number after an Arabizi call verb, with digits written as letters between them', () => {
    expect(findingsIn({ m: 'ila bghiti t3ayet liya 3la 0661234578 mn ba3d' })).toEqual(['/m PHONE']);
  });

  it('reads the party of a French mobile-money message after à or de, and its number', () => {
    expect(findingsIn({ m: 'Vous avez reçu 200 DH de YOUSSEF BENALI 0661234578.' })).toEqual(['/m PERSON_NAME', '/m PHONE']);
  });

  it("does not read a telecom pass named by its allowance as a password, but still reads another value under pass", () => {
    expect(findingsIn({ pass: 'Pass Internet 5Go 7j' })).toEqual([]);
    expect(findingsIn({ pass: 'Sun Lounge 2024' })).toEqual(['/pass PASSWORD']);
  });

  it('reads a date under an Arabic date-of-birth key of the Maghreb or the Levant', () => {
    expect(findingsIn({ 'تاريخ_الولادة': '1985-07-21' })).toEqual(['/تاريخ_الولادة DATE_OF_BIRTH']);
  });

  it('reads a dotted quad after a kind of versioned software as a version', () => {
    expect(findingsIn({ note: 'upgraded the pay-sdk 3.1.14.2 and driver 27.20.100.9' })).toEqual([]);
    expect(findingsIn({ note: 'upgraded from host 172.31.14.2' })).toEqual(['/note IP_ADDRESS']);
  });

  it('reads dates under Finnish and Baltic date-of-birth keys', () => {
    expect(findingsIn({ syntymäaika: '1979-02-14', gimimo_data: '1988-10-03', sünniaeg: '12.05.1990' })).toEqual([
      '/gimimo_data DATE_OF_BIRTH', '/syntymäaika DATE_OF_BIRTH', '/sünniaeg DATE_OF_BIRTH',
    ]);
  });

  it('reads a number after the trunk 8 under a phone key or a cue, and not without one', () => {
    expect(findingsIn({ tel: '8 612 34870' })).toEqual(['/tel PHONE']);
    expect(findingsIn({ note: 'please call 8 699 12045 first' })).toEqual(['/note PHONE']);
    expect(findingsIn({ note: 'batch 8 699 12045 packed' })).toEqual([]);
  });

  it('reads Finnish, Latvian, Estonian and Lithuanian streets with their numbers', () => {
    expect(findingsIn({ a: 'Toimitus: Hämeenkatu 14 B 9, 33100 Tampere' })).toEqual(['/a STREET_ADDRESS']);
    expect(findingsIn({ b: 'Piegāde: Brīvības iela 77-12, Rīga' })).toEqual(['/b STREET_ADDRESS']);
    expect(findingsIn({ c: 'aadress Tartu mnt 18-3, Tallinn' })).toEqual(['/c STREET_ADDRESS']);
    expect(findingsIn({ d: 'adresas Savanorių pr. 44, Kaunas' })).toEqual(['/d STREET_ADDRESS']);
  });

  it('reads the name a speaker gives in Estonian, Latvian or Lithuanian', () => {
    expect(findingsIn({ t: 'Tere, minu nimi on Liisa Kask ja mul on küsimus' })).toEqual(['/t PERSON_NAME']);
    expect(findingsIn({ t: 'Labdien, mani sauc Ilze Kalniņa, man ir jautājums' })).toEqual(['/t PERSON_NAME']);
    expect(findingsIn({ t: 'Sveiki, mano vardas yra Rūta Petrauskienė, norėčiau' })).toEqual(['/t PERSON_NAME']);
  });

  it("reads a bank link's sender name as a name, and a parcel locker's name as a place", () => {
    expect(findingsIn({ VK_SND_NAME: 'Tiina Saar' })).toEqual(['/VK_SND_NAME PERSON_NAME']);
    expect(findingsIn({ locker: 'Rimi Kristina Tartu', pickup_point: 'Maxima Linda Kaunas' })).toEqual([]);
  });

  it('reads a given name before an abbreviated street type as a street, not a person', () => {
    expect(findingsIn({ location: 'Lincoln Blvd loading dock', site: 'forklift at Morgan Ave gate' })).toEqual([]);
    expect(findingsIn({ note: 'signed by Morgan Avery' })).toEqual(['/note PERSON_NAME']);
  });

  it("reads the display name of an API or access token as the token's", () => {
    expect(findingsIn({ actor: { type: 'AccessToken', displayName: 'Keira Sync Token' } })).toEqual([]);
    expect(findingsIn({ actor: { type: 'User', displayName: 'Keira Lyons' } })).toEqual(['/actor/displayName PERSON_NAME']);
  });
});

describe('South Slavic surnames, workers, Portuguese and Spanish name keys (round 41: held-out sets HL-HP)', () => {
  it("reads a long name under a customer's or a patient's name key in Portuguese or Spanish", () => {
    expect(findingsIn({ 'cliente.nome': 'Caio do Amaral Pires', paciente_nombre: 'Lucía del Carmen Ortiz' })).toEqual(['/cliente.nome PERSON_NAME', '/paciente_nombre PERSON_NAME']);
  });

  it('reads a given name the dictionary does not know before a South Slavic surname, also after a word opening the sentence', () => {
    expect(findingsIn({ t: 'Naručilac Vesna Milovanović, Ulica Cara Dušana 14' })).toContain('/t PERSON_NAME');
    expect(findingsIn({ t: 'Гордана Стојановић' })).toEqual(['/t PERSON_NAME']);
    expect(findingsIn({ t: 'Pekara Jovanović otvorena do 20h' })).toEqual([]);
  });

  it("reads the name of a worker, a contractor or a technician object as a person's", () => {
    expect(findingsIn({ worker: { name: 'Kirra Walsh' }, contractor: { name: 'Lachlan Doyle' } })).toEqual(['/contractor/name PERSON_NAME', '/worker/name PERSON_NAME']);
  });
});

describe('Greek surnames and self-introductions, multipliers, wallet numbers (round 42: held-out sets HQ-HU)', () => {
  it('reads a given name the dictionary does not know before a Greek surname, and the name a speaker gives in Greek', () => {
    expect(findingsIn({ from: 'Lefteris Karamanlidis' })).toEqual(['/from PERSON_NAME']);
    expect(findingsIn({ t: 'Geia sas, eimai i Eirini Vlachou kai thelo na rotiso' })).toEqual(['/t PERSON_NAME']);
  });

  it('does not read a multiplier after a word as a house number', () => {
    expect(findingsIn({ terms: 'Cashback paid monthly. Scoring 3x points on weekends.' })).toEqual([]);
  });

  it('reads a mobile-money wallet number as a phone', () => {
    expect(findingsIn({ receiver: { wallet_number: '01712345678' } })).toEqual(['/receiver/wallet_number PHONE']);
  });
});

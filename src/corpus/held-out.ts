import { readFileSync } from 'node:fs';
import type { CorpusItem, CorpusLabel } from './types.js';

/**
 * The hand-written held-out sets (fixtures/detect/held-out*.json, made by the gen-held-out*.mjs
 * scripts beside them), kept apart from the generator: other locales, formats, envelopes and hard
 * negatives, labelled by DESIGN.md's semantics. Read from the repository (not shipped in the package),
 * by the tests and `npm run bench`.
 */

/** One held-out payload as written in the fixture. */
export interface HeldOutCase {
  readonly id: number;
  readonly note: string;
  readonly payload: unknown;
  readonly labels: readonly CorpusLabel[];
}

/** The sets, with how each was written. */
export const HELD_OUT_SETS: ReadonlyArray<{ readonly file: string; readonly written: string }> = [
  { file: 'held-out.json', written: 'hand-written by the detector authors' },
  { file: 'held-out-b.json', written: 'written blind: from DESIGN.md only, without reading the detectors or the corpus' },
  { file: 'held-out-c.json', written: 'written blind: payloads of real platforms (Sentry, Stripe, Auth0, CloudTrail, GA4, CI logs…)' },
  { file: 'held-out-d.json', written: 'written blind: non-English telemetry of the EU and Nigeria markets' },
  { file: 'held-out-e.json', written: 'written blind: LLM and agent, chat-bot, mobile and IoT telemetry' },
  { file: 'held-out-f.json', written: 'written blind: formats inside strings (HTTP, XML, SQL, CSV, config, logs, mail) in fintech, health, government and commerce' },
  { file: 'held-out-g.json', written: 'written blind: product analytics and session replay, ad attribution, OpenTelemetry spans and logs, support and messaging webhooks, edtech, gaming, travel, HR' },
  { file: 'held-out-h.json', written: 'written blind: commerce and payment webhooks, identity and SaaS audit logs, mobile crash reports, CRM, change-data-capture and queues' },
  { file: 'held-out-i.json', written: 'written blind: CLI, CI/CD and cloud events, query logs, health and fitness, government services, email and calendar' },
  { file: 'held-out-j.json', written: 'written blind: logistics and delivery, African fintech and telecom (M-Pesa, Paystack, mobile money, USSD), insurance, real estate, donations, ticketing, e-signature' },
  { file: 'held-out-k.json', written: 'written blind: desktop crash and usage events, browser extensions, EDR and SIEM alerts, Kubernetes and serverless logs, API logs, VoIP, smart home and cars, email-marketing webhooks' },
  { file: 'held-out-l.json', written: 'written blind: health, education, HR and payroll, open banking and public services, much of it in European languages other than English' },
  { file: 'held-out-m.json', written: 'written blind: consumer mobile apps: chat, dating, support transcripts, reviews, fitness, delivery, streaming, gaming and mobile analytics SDKs' },
  { file: 'held-out-n.json', written: 'written blind: ad-tech and marketing (bid requests, CDP and identity payloads, web analytics hits, UTM and affiliate URLs), site search, surveys and recruitment' },
  { file: 'held-out-o.json', written: 'written blind: Asia-Pacific and Gulf commerce, payments, super-apps and public services, and industrial IoT (MQTT, fleet, SCADA, device provisioning)' },
  { file: 'held-out-p.json', written: 'written blind: formats inside strings at scale: stack traces in seven languages, SQL errors echoing rows, access logs, syslog, Windows events, GraphQL errors, env dumps, CI logs, HTTP dumps, config dumps' },
  { file: 'held-out-q.json', written: 'written blind: Nigeria in depth (addresses, phones, names, fintech webhooks), Francophone West and Central Africa mobile money, and Latin America' },
  { file: 'held-out-r.json', written: 'written blind: the United States in depth: healthcare, fintech, government and tax, commerce and support, US address, phone, SSN and birth-date forms' },
  { file: 'held-out-s.json', written: 'written blind: travel (airline, hotel, car and rail bookings) and European marketplaces, with national address and phone formats, plus gaming and streaming' },
  { file: 'held-out-t.json', written: 'written blind: developer tooling and CI: CLI pings, IDE extensions, CI logs, git metadata, crash reports, config dumps, Docker, Kubernetes and Terraform output' },
  { file: 'held-out-u.json', written: 'written blind: South, Southeast and East Asia in depth: super-apps, ride-hailing, e-wallets, telecom and government services, local address and phone forms' },
  { file: 'held-out-v.json', written: 'written blind: the Middle East, North Africa, Turkey and Eastern Europe: Arabic, Hebrew, Turkish and Cyrillic text, Gulf addresses, national phone and IBAN forms' },
  { file: 'held-out-w.json', written: 'written blind: communication formats inside strings: email headers, MIME, SMTP logs, vCards, iCalendar, SIP, chat, CRM and helpdesk webhooks, delivery logs' },
  { file: 'held-out-x.json', written: "written blind: education, children's and social platforms: LMS events, rosters, gaming, moderation, social feeds, creator and dating apps" },
  { file: 'held-out-y.json', written: 'written blind: payments and banking worldwide: acquirer logs, gateway webhooks, instant payments, KYC and sanctions screening, fraud scores, ledgers, loans' },
  { file: 'held-out-z.json', written: 'written blind: health care, pharmacy and insurance: HL7 v2 and X12 in strings, FHIR, DICOM tags, claims, telehealth, lab results, e-prescriptions' },
  { file: 'held-out-aa.json', written: 'written blind: mobility and the physical world: connected cars, telematics, fleet, EV charging (OCPP), ride-hailing, transit, aviation and maritime positions' },
  { file: 'held-out-ab.json', written: 'written blind: security and identity: SSH, sudo and PAM logs, OAuth, OIDC and SAML, LDAP and Active Directory, WAF and EDR alerts, MFA, SCIM, Vault' },
  { file: 'held-out-ac.json', written: 'written blind: public sector and NGOs of the Global South and the Americas: humanitarian cash transfers, census, SMS and USSD services, health workers' },
  { file: 'held-out-ad.json', written: 'written blind: e-commerce and marketplaces: storefront and order webhooks, exports, returns, reviews, seller chats, shipping labels, abandoned carts, loyalty' },
  { file: 'held-out-ae.json', written: 'written blind: HR tech and the workplace: applicant tracking, CVs, payroll, timesheets, background checks, directories, expenses, helpdesk tickets' },
  { file: 'held-out-af.json', written: 'written blind: AI and LLM observability: OpenInference and OpenLLMetry spans, RAG chunks, tool calls, agent memory, evaluations, guardrails, fine-tuning' },
  { file: 'held-out-ag.json', written: 'written blind: infrastructure logs as strings: web servers, proxies, CDNs, DNS, firewalls and VPNs, mail gateways, databases, brokers, journals' },
  { file: 'held-out-ah.json', written: 'written blind: real estate, legal and government forms in Europe and Africa: tenancy, mortgages, court filings, land registry, tax, permits' },
  { file: 'held-out-ai.json', written: 'written blind: telecom operators: CDRs, RADIUS and Diameter accounting, SIM and eSIM provisioning, roaming, USSD, porting, care notes, device management' },
  { file: 'held-out-aj.json', written: 'written blind: airline PNR and GDS text, APIS passport elements, boarding passes, hotel and rail bookings, visas, baggage and manifests' },
  { file: 'held-out-ak.json', written: 'written blind: media, publishing and streaming: comment moderation, newsletters, podcast and video analytics, paywalls, bylines, DRM and royalties' },
  { file: 'held-out-al.json', written: 'written blind: insurance claims: motor and home claims, adjusters notes, photo metadata with GPS, estimates, underwriting questionnaires, bordereaux' },
  { file: 'held-out-am.json', written: 'written blind: product analytics with keys in other languages and scripts: Spanish, Portuguese, German, Japanese, Korean, Chinese, Arabic, Russian, Turkish' },
  { file: 'held-out-an.json', written: 'written blind: betting, lotteries, casinos, fantasy sports and esports: wagers, KYC and age checks, payouts, affiliate links, lobby chat' },
  { file: 'held-out-ao.json', written: 'written blind: energy, utilities and agriculture: smart meters, billing and outages, field service, pay-as-you-go solar, farmer registries, sensors' },
  { file: 'held-out-ap.json', written: 'written blind: hospitality, food service, events and venues: POS and kitchen tickets, reservations, delivery dispatch, guest Wi-Fi, ticketing, menus' },
  { file: 'held-out-aq.json', written: 'written blind: research, clinical trials and laboratories: eCRF, LIMS, biobank consent, genomics pipelines, survey panels, pharmacovigilance' },
  { file: 'held-out-ar.json', written: 'written blind: legacy enterprise formats in strings: EDI X12 and EDIFACT, SAP IDocs, fixed-width and COBOL dumps, CSV exports, SOAP, LDIF, SWIFT' },
  { file: 'held-out-as.json', written: 'written blind: crypto and web3: exchange KYC and withdrawals, wallets, on-chain addresses and hashes, DeFi and NFTs, custody and travel rule' },
  { file: 'held-out-at.json', written: 'written blind: privacy and consent tooling: TCF and GPP strings, cookie banners, consent logs, DSAR exports, data maps, CMP webhooks' },
  { file: 'held-out-au.json', written: 'written blind: video conferencing and collaboration: join and quality telemetry, WebRTC stats, participants, transcripts, documents' },
  { file: 'held-out-av.json', written: 'written blind: Japan and Korea in depth: names, addresses and phones in kanji, kana, hangul and romanised, era dates, public services' },
  { file: 'held-out-aw.json', written: 'written blind: gig economy and freelance marketplaces: onboarding and KYC, proposals, timesheets, invoices and payouts, reviews, tax forms' },
  { file: 'held-out-ax.json', written: 'written blind: public safety and emergency services: CAD logs, call-taker notes, incident reports, dispatch, alarms, alerts' },
  { file: 'held-out-ay.json', written: 'written blind: Latin America in depth: double surnames, colonias and barrios, national phones, Pix and SPEI, RUT, CURP and CPF look-alikes' },
  { file: 'held-out-az.json', written: 'written blind: South Asia in depth: PIN-code addresses, +91/+92/+880 mobiles, UPI, Aadhaar and CNIC look-alikes, Devanagari, Bengali and Urdu' },
  { file: 'held-out-ba.json', written: 'written blind: support chats typed casually: odd digit spacing, spaced emails, lowercase addresses, typos, emoji, mixed languages' },
  { file: 'held-out-bb.json', written: 'written blind: nonprofits, fundraising, churches, membership and volunteering: donations, Gift Aid, registrations, rosters, directories' },
  { file: 'held-out-bc.json', written: 'written blind: German-speaking, Nordic and Baltic countries in depth: national formats, personal-number look-alikes, local keys and text' },
  { file: 'held-out-bd.json', written: 'written blind: mobile apps at the OS level: crash reports and traces, ANRs, push tokens, device ids, purchases, store reviews, deep links' },
  { file: 'held-out-be.json', written: 'written blind: voice assistants and smart homes: transcripts, device and room names, routines, intercoms, spoken lists, household profiles' },
  { file: 'held-out-bf.json', written: 'written blind: university and school administration: admissions, transcripts, records, proctoring, library, housing, aid, alumni' },
  { file: 'held-out-bg.json', written: "written blind: Francophone and Lusophone Africa and the Maghreb: mobile money, national phones, quartier addresses, French, Portuguese, Arabic" },
  { file: 'held-out-bh.json', written: 'written blind: customs, freight forwarding and warehouses: declarations, bills of lading, EDIFACT, proof of delivery, scanner events' },
  { file: 'held-out-bi.json', written: 'written blind: secrets in configuration dumps: .env, kubeconfig, docker auths, Terraform state, CI variables, connection strings' },
  { file: 'held-out-bj.json', written: 'written blind: health care in Europe, Africa and Latin America: patient portals, reminders, lab results, prescriptions, health workers' },
  { file: 'held-out-bk.json', written: 'written blind: Asian messaging apps and super-apps: LINE, WeChat, KakaoTalk, Zalo and Viber webhooks and exports in CJK, Vietnamese, Thai' },
  { file: 'held-out-bl.json', written: 'written blind: OCR and document capture: receipts, invoices, ID cards, bills and forms with OCR noise, confidences and boxes' },
  { file: 'held-out-bm.json', written: 'written blind: sports, fitness and wearables: race entries and results, GPX and TCX tracks, heart rate and sleep, clubs, gym access' },
  { file: 'held-out-bn.json', written: 'written blind: automotive retail: dealer leads, test drives, finance applications, trade-ins, service history, connected-car pairing' },
  { file: 'held-out-bo.json', written: 'written blind: civic tech and elections: voter lookups, petitions, polling stations, canvassing, phone banks, casework, consultations' },
  { file: 'held-out-bp.json', written: 'written blind: attack traffic: WAF and honeypot logs, injection payloads, credential stuffing, scanners, leaked-credential alerts' },
  { file: 'held-out-bq.json', written: 'written blind: the Gulf and the Levant in depth: Arabic text, Gulf phones and addresses, Hijri and Gregorian dates, government and fintech' },
  { file: 'held-out-br.json', written: 'written blind: Eastern Europe and Central Asia: Cyrillic, Georgian and Armenian scripts, patronymics, national phones and addresses, couriers and banks' },
  { file: 'held-out-bs.json', written: 'written blind: session replay and analytics SDK internals: rrweb snapshots and mutations, heatmaps, form analytics, console and network capture' },
  { file: 'held-out-bt.json', written: 'written blind: search and autocomplete: queries typed by users, suggestions, search URLs, engine query logs; titles, brands and places named like people' },
  { file: 'held-out-bu.json', written: 'written blind: database and ORM telemetry: SQL with literals, slow-query logs, driver errors, MongoDB and Redis commands, connection strings' },
  { file: 'held-out-bv.json', written: 'written blind: East and Southern Africa: Swahili, Amharic, Zulu and Afrikaans text, M-Pesa, Airtel Money and MoMo, local phones and addresses' },
  { file: 'held-out-bw.json', written: 'written blind: email marketing and CRM sync: contact webhooks and property changes, CSV imports, bounce and complaint reports, unsubscribe and tracking links' },
  { file: 'held-out-bx.json', written: 'written blind: dating and social discovery: profiles, chat between matches, location pings, photo EXIF, verification and safety reports' },
  { file: 'held-out-by.json', written: 'written blind: industrial IoT: MQTT and OPC UA payloads, SCADA alarms, LoRaWAN uplinks and provisioning, maintenance tickets and shift notes' },
  { file: 'held-out-bz.json', written: 'written blind: Southeast Asia and Oceania: Thai text, Malay, Indonesian and Filipino names, local ids as look-alikes, addresses, phones and wallets' },
  { file: 'held-out-ca.json', written: 'written blind: cloud audit trails and admin activity: CloudTrail, GCP and Azure audit, Kubernetes audit, IAM, SSO and SCIM, SaaS admin logs' },
  { file: 'held-out-cb.json', written: 'written blind: advertising technology: OpenRTB bid requests, SSP and DSP logs, attribution postbacks, click ids, audience uploads and conversion APIs' },
  { file: 'held-out-cc.json', written: 'written blind: web forms and content management: form plugin and form service webhooks, free-text answers, CMS audit logs, comment moderation' },
  { file: 'held-out-cd.json', written: 'written blind: parcel carriers and last-mile delivery: tracking webhooks, proof of delivery, delivery instructions, address validation, lockers' },
  { file: 'held-out-ce.json', written: 'written blind: Greater China: Hanzi and pinyin names, mainland, Taiwan and Hong Kong phones and addresses, wallets, delivery apps, chats' },
  { file: 'held-out-cf.json', written: 'written blind: European government digital services: tax, benefits, eID logins, council services, courts and registries, national numbers as look-alikes' },
  { file: 'held-out-cg.json', written: 'written blind: customer support platforms: ticket webhooks, comments and agent notes, macros, CSAT and NPS answers, attachments, support widgets' },
  { file: 'held-out-ch.json', written: 'written blind: Turkey, Iran and the Caucasus: Turkish, Persian, Azerbaijani and Georgian text, local addresses and phones, payments and delivery apps' },
  { file: 'held-out-ci.json', written: 'written blind: legal work and e-signature: envelope webhooks, document management audit, e-discovery, court e-filing, redaction output' },
  { file: 'held-out-cj.json', written: 'written blind: mental health and wellbeing apps: journals, therapy booking and notes, crisis chat, cycle tracking, medication reminders' },
  { file: 'held-out-ck.json', written: 'written blind: HTTP request and response logging: headers and cookies, Authorization schemes, forwarded addresses, referers, request bodies' },
  { file: 'held-out-cl.json', written: 'written blind: veterinary clinics and pet apps: reminders, pet profiles and names, microchips, owners, insurance claims, grooming and boarding, lost-pet alerts' },
  { file: 'held-out-cm.json', written: 'written blind: printers, scanners and office devices: print jobs, scan-to-email and to-folder, badge release, device management, address books, fax, SNMP and syslog' },
  { file: 'held-out-cn.json', written: 'written blind: genealogy and family history: family trees and GEDCOM in strings, record transcriptions, DNA matches, the living and the dead' },
  { file: 'held-out-co.json', written: 'written blind: the UK, Ireland, Canada, Australia and New Zealand in depth: addresses, postcodes and Eircodes, phones, national numbers as look-alikes' },
  { file: 'held-out-cp.json', written: 'written blind: family safety and location sharing: live location, geofences, driving reports, SOS alerts, family circles, child devices' },
  { file: 'held-out-cq.json', written: 'written blind: K-12 school apps for parents and teachers: class messages, attendance, pupil and guardian records, report cards, buses, lunch payments' },
  { file: 'held-out-cr.json', written: 'written blind: accounting, invoicing and bookkeeping: invoice and bill webhooks, bank feeds, receipts, tax returns, payroll journals, accountant notes' },
  { file: 'held-out-cs.json', written: 'written blind: contact-centre telephony: call and IVR webhooks, recordings and transcripts, voicemail, agent desktop events, SMS campaigns' },
  { file: 'held-out-ct.json', written: 'written blind: the Portuguese-speaking world in depth: Brazil, Portugal, Angola and Mozambique; keys and text, addresses, phones, Pix and Multicaixa' },
  { file: 'held-out-cu.json', written: 'written blind: weather, outdoor and adventure apps: tracks, trip logs, avalanche and weather alerts, rescue beacons, hut bookings, rentals' },
  { file: 'held-out-cv.json', written: 'written blind: social media and creator platforms: posts, comments and DMs, handles, creator payouts and tax forms, moderation and takedown reports' },
  { file: 'held-out-cw.json', written: 'written blind: short-term rentals and property management: host and guest messages, check-in and door codes, smart locks, guest verification, payouts' },
  { file: 'held-out-cx.json', written: 'written blind: France, Belgium, Switzerland and Quebec in depth: French keys and text, addresses, phones, NIR and AVS look-alikes, payments' },
  { file: 'held-out-cy.json', written: 'written blind: parking, tolling and smart-city services: parking sessions, plate reads, toll transponders, permits, fines, 311 requests, bike sharing' },
  { file: 'held-out-cz.json', written: 'written blind: wedding and event planning apps: guest lists and RSVPs, seating charts, invitations with addresses, vendors and payments, registries' },
  { file: 'held-out-da.json', written: 'written blind: dental and optometry practices: booking and recalls, intake forms, treatment notes, imaging and lens orders, eligibility checks, payment plans' },
  { file: 'held-out-db.json', written: 'written blind: peer-to-peer payments and crowdfunding: payment notes, split bills, requests, campaign pages and donor comments, payouts, disputes' },
  { file: 'held-out-dc.json', written: 'written blind: Italy, Spain and Greece in depth: Italian, Spanish, Catalan and Greek keys and text, addresses, phones, national-id look-alikes, payments' },
  { file: 'held-out-dd.json', written: 'written blind: construction and field service: site diaries, inspections and snags, permits, subcontractors, timesheets, equipment telematics, sign-offs' },
  { file: 'held-out-de.json', written: 'written blind: home-services marketplaces: job requests with addresses and access notes, quotes, bookings, pro onboarding and checks, reviews' },
  { file: 'held-out-df.json', written: 'written blind: hospital operations: admission, discharge and transfer events, bed management, handover notes, pharmacy dispensing, EHR access audits, patient portal messages' },
  { file: 'held-out-dg.json', written: 'written blind: the Netherlands and Flanders: municipal services, iDEAL and Bancontact payments, energy, transport and shops, Dutch, Flemish French and Frisian text' },
  { file: 'held-out-dh.json', written: 'written blind: immigration and legal-aid casework: intake, visa and residence applications, fees, documents, appointments, caseworker notes, interpreters' },
  { file: 'held-out-di.json', written: 'written blind: libraries and museums: patron records, loans, holds and fines, reading rooms, digitisation, memberships and donations, ticketing, public Wi-Fi' },
  { file: 'held-out-dj.json', written: 'written blind: retail stores: point-of-sale receipts and tills, loyalty cards, returns and exchanges, click-and-collect, store incident reports, staff scheduling' },
  { file: 'held-out-dk.json', written: 'written blind: airlines and airports: check-in, boarding passes, baggage tracing, loyalty programmes, crew rostering, airport Wi-Fi and lounges' },
  { file: 'held-out-dl.json', written: 'written blind: the Nordic countries: public services, BankID, MobilePay, Vipps and Swish payments, keys and free text in Swedish, Norwegian, Danish, Finnish and Icelandic' },
  { file: 'held-out-dm.json', written: 'written blind: pharmacy and telehealth: e-prescriptions, refills, pharmacist chat, video consultations, insurance claims, delivery of medicines' },
  { file: 'held-out-dn.json', written: 'written blind: online gaming and esports: accounts, matchmaking, in-game chat and reports, purchases and wallets, anti-cheat, tournaments and streaming' },
  { file: 'held-out-do.json', written: 'written blind: utilities and telecom: smart meters, billing and direct debits, outage reports, SIM activation and number porting, field engineers, customer care' },
  { file: 'held-out-dp.json', written: 'written blind: Nigeria and Ghana: Pidgin, Yoruba, Igbo, Hausa and Akan names, local mobiles, landmark addresses, NIN, BVN and NUBAN look-alikes, fintech webhooks, USSD and POS agents' },
  { file: 'held-out-dq.json', written: 'written blind: error-tracker events: Sentry-, Bugsnag-, Rollbar- and Honeybadger-like payloads with breadcrumbs, request data, user context and frame variables' },
  { file: 'held-out-dr.json', written: 'written blind: home care and eldercare: electronic visit verification with GPS, caregiver rotas, care notes, medication records, next of kin, invoicing to funders' },
  { file: 'held-out-ds.json', written: 'written blind: translation and localisation: translation memories, ICU and i18n strings with placeholders and filled examples, machine-translation logs, reviewer comments' },
  { file: 'held-out-dt.json', written: 'written blind: academic publishing and research administration: submissions, author lists and ORCID iDs, peer review, grants, ethics approvals, citations' },
];

/** The cases of one set (`file` as in HELD_OUT_SETS). */
export function loadHeldOut(file: string): HeldOutCase[] {
  const url = new URL(`../../fixtures/detect/${file}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { items: HeldOutCase[] }).items;
}

/** Held-out cases as corpus items (one record a payload, PII-free when unlabelled), for scoreCorpus. */
export function heldOutAsCorpus(cases: readonly HeldOutCase[]): CorpusItem[] {
  return cases.map((h) => ({
    id: h.id,
    format: 'json',
    payload: h.payload,
    records: [{ pointer: '', piiFree: h.labels.length === 0 }],
    labels: h.labels.map((l) => ({ ...l, recordIndex: 0 })),
    disguises: [],
  }));
}

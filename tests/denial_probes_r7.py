"""Invented denial probes (session 5, r7): disputes in many outlets' styles, non-denials that look like them, and
short articles that tell a move and then dispute it, to check which move a denial targets.

Each probe: (name, text, denied, move) where
* `denied` is a piece of the sentence that disputes (the brief must have a denial whose evidence holds it or is
  held by that sentence), or None when the text has no denial (a confirmation, a refusal to comment, a toll);
* `move` is a piece of the evidence of the one movement the denial disputes, "" when it disputes no movement
  the article tells, or None when the link is not checked (the move itself is arguable).
"""

from __future__ import annotations

PROBES: list[tuple[str, str, str | None, str | None]] = [
    # -- flat denials after a reported move
    ("wire_flat_fabrication",
     "Ukrainian officials said two Russian battalions had crossed into the Sumy region overnight. The Russian defence "
     "ministry denied the report, calling it a fabrication.",
     "denied the report", "two Russian battalions"),
    ("categorical_rejection",
     "Tigrayan officials said thousands of Eritrean troops had moved into the town of Adwa this week. Asmara "
     "categorically rejected claims that its troops were in Tigray.",
     "rejected claims", "Eritrean troops"),
    ("embassy_rejects_allegation",
     "The Sudanese army said Wagner fighters had flown into Khartoum from Libya on Sunday. The Russian embassy in "
     "Khartoum rejected the allegation as an attempt to smear Moscow.",
     "rejected the allegation", "Wagner fighters"),
    ("spokesman_report_false",
     "The Daily Monitor reported that Ugandan soldiers had entered Ituri province on Wednesday. But army spokesperson "
     "Felix Kulayigye said the report was false.",
     "the report was false", "Ugandan soldiers"),
    ("no_truth_in_claims",
     "Opposition lawmakers said 300 Zimbabwean troops had been sent to Mozambique's Cabo Delgado province. Defence "
     "minister Oppah Muchinguri said there was no truth in the claims.",
     "no truth in the claims", "Zimbabwean troops"),
    ("information_not_true",
     "Iraqi Kurdish media said Iranian troops had crossed into Penjwen district on Friday. Iran's foreign ministry "
     "said the information was not true.",
     "the information was not true", "Iranian troops"),
    ("called_claim_absurd",
     "Azerbaijan's defence ministry said Armenian units had moved into new positions near Sotk overnight. Yerevan "
     "called the claim absurd.",
     "called the claim absurd", "Armenian units"),
    ("figure_exaggerated",
     "Ukrainian intelligence said 100,000 Russian troops had massed near Kharkiv in the past week. The Kremlin said "
     "the figure was wildly exaggerated.",
     "the figure was wildly exaggerated", "100,000 Russian troops"),
    ("presence_denied_noun",
     "Malian officials said Wagner mercenaries had deployed to Timbuktu last month. Russia's foreign minister denied "
     "the presence of Russian private military contractors in Mali.",
     "denied the presence", "Wagner mercenaries"),
    ("claims_do_not_reflect_truth",
     "Syrian Kurdish forces said Turkish commandos had entered Kobani overnight. Turkey's defence ministry said the "
     "claims did not reflect the truth.",
     "did not reflect the truth", "Turkish commandos"),
    ("reports_not_reflect_reality_embassy",
     "Greek media reported that Turkish warships had sailed into waters south of Crete on Thursday. The Turkish "
     "embassy in Athens said the reports did not reflect reality.",
     "did not reflect reality", "Turkish warships"),
    ("slammed_as_fake",
     "Pakistani television said Indian commandos had crossed the Line of Control near Uri. The Indian army slammed "
     "the reports as fake news.",
     "slammed the reports", "Indian commandos"),
    # -- disputes without a denial word
    ("long_planned_drills",
     "Satellite images showed about 40 Belarusian tanks moving toward the Lithuanian border on Monday. Minsk said the "
     "troops were there for long-planned drills.",
     "long-planned drills", "Belarusian tanks"),
    ("no_information_about_troops",
     "Armenia's foreign ministry said Azerbaijani troops had advanced three kilometres into its territory. Baku said "
     "it had no information about any troops crossing the border.",
     "no information about any troops", "Azerbaijani troops"),
    ("footage_old",
     "A video circulating online appeared to show Eritrean soldiers entering the town of Adigrat. Eritrea's "
     "information minister called the footage old.",
     "called the footage old", "Eritrean soldiers"),
    ("remained_in_barracks",
     "Residents reported that Chadian troops had moved into the border town of Tissi on Saturday. Chad's army "
     "insisted its forces remained in their barracks.",
     "remained in their barracks", "Chadian troops"),
    ("routine_rotation",
     "Local media said a column of Indian soldiers had arrived near the Doklam plateau. An Indian army spokesman said "
     "the soldiers were on a routine rotation.",
     "routine rotation", "Indian soldiers"),
    ("dismissed_as_propaganda",
     "Kyiv said Russian marines had landed near the port of Berdyansk on Tuesday. The Kremlin dismissed the claims as "
     "propaganda.",
     "dismissed the claims", "Russian marines"),
    ("there_are_no_soldiers_quote",
     "Pro-Ukrainian channels said Russian paratroopers had been flown to Minsk. \"There are no Russian soldiers in "
     "Belarus,\" a Kremlin spokesman told reporters.",
     "no Russian soldiers in Belarus", "Russian paratroopers"),
    ("not_a_single_soldier",
     "Reports said Iranian Revolutionary Guards had deployed to the Syrian city of Deir ez-Zor. \"Not a single "
     "Iranian soldier is in Deir ez-Zor,\" the Iranian foreign ministry spokesman said.",
     "Not a single", "Revolutionary Guards"),
    ("fishing_boats_sheltering",
     "The Philippine coast guard said eight Chinese maritime militia vessels had swarmed Whitsun Reef on Sunday. The "
     "Chinese foreign ministry said the vessels were fishing boats sheltering from bad weather.",
     "fishing boats sheltering", "maritime militia vessels"),
    ("no_knowledge_of_deployment",
     "Kurdish officials said Syrian government troops had entered Manbij on Sunday. A Syrian army source said he had "
     "no knowledge of any such deployment.",
     "no knowledge", "Syrian government troops"),
    ("no_soldier_set_foot",
     "Witnesses said Burundian soldiers had crossed into South Kivu on Thursday. Burundi's army spokesman insisted that "
     "no Burundian soldier had set foot in Congo.",
     "no Burundian soldier", "Burundian soldiers"),
    ("no_troops_deployed_to_area",
     "Guyana said Venezuelan soldiers had massed along the border at the Cuyuni river. A spokesman for the Venezuelan "
     "armed forces said no troops had been deployed to the area.",
     "no troops had been deployed", "Venezuelan soldiers"),
    ("had_not_crossed",
     "The UN peacekeeping mission said it had observed Israeli troops crossing the Blue Line near Naqoura. The Israeli "
     "military said its forces had not crossed into Lebanese territory.",
     "had not crossed", "Israeli troops"),
    ("live_blog_no_withdrawal",
     "09:14 GMT - Ukraine's military says Russian forces have pulled back from positions near Kupiansk.\n\n09:40 GMT - "
     "Russia's defence ministry says no withdrawal has taken place and its units continue to hold the line.",
     "no withdrawal has taken place", "Russian forces"),
    ("quote_across_sentences",
     "Armed men in unmarked uniforms took up positions around the airport in Simferopol overnight. \"These are not our "
     "soldiers. We have not sent anyone there,\" the Russian ambassador said.",
     "not our soldiers", "Armed men"),
    ("always_stayed_on_own_side",
     "India said Chinese soldiers had crossed the Line of Actual Control in Ladakh on Monday. China's foreign ministry "
     "rejected this, saying Chinese troops had always stayed on the Chinese side.",
     "rejected this", "Chinese soldiers"),
    ("annual_training_not_directed",
     "China has sent two aircraft carriers into the western Pacific, Japan's defence ministry said. Beijing said the "
     "deployment was part of annual training and not directed at any country.",
     "not directed at any country", "aircraft carriers"),
    ("played_down_as_routine",
     "NATO said some 30,000 Russian troops had arrived in Belarus for joint exercises. The Kremlin played down the "
     "build-up as routine.",
     "played down", "30,000 Russian troops"),
    # -- a move and its denial in one sentence; a denial of a move's purpose
    ("claim_ankara_denied",
     "Turkish troops crossed into northern Iraq on Sunday, Kurdish officials said, a claim Ankara denied.",
     "a claim Ankara denied", "Turkish troops"),
    ("confirmed_but_denied_purpose",
     "Beijing confirmed that 20 warships had sailed into the waters off Taiwan but denied they were preparing a "
     "blockade.",
     "denied they were preparing a blockade", "20 warships"),
    ("acknowledged_but_no_threat",
     "Russia acknowledged moving troops to its western border but said they posed no threat to Ukraine.",
     "posed no threat", None),
    ("fabrication_of_reports_that",
     "\"This is pure fabrication,\" a Pentagon spokesman said of reports that US special forces had landed in Gaza.",
     "pure fabrication", None),
    ("rejected_as_baseless_reports_that",
     "Two Pakistani artillery regiments moved to the Line of Control last week, Indian officials said. Islamabad "
     "rejected as baseless the Indian reports that its army had moved artillery units.",
     "rejected as baseless", "artillery regiments"),
    # -- which-denied, relative clauses
    ("which_denied_the_charge",
     "UN experts said 4,000 Rwandan troops had crossed into North Kivu. Rwanda, which denies deploying troops in Congo, "
     "says it is defending its border.",
     "which denies deploying troops", "Rwandan troops"),
    ("which_rwanda_denied",
     "Congo said Rwanda had sent 500 soldiers across the border near Goma on Monday, which Kigali denied.",
     "which Kigali denied", "500 soldiers"),
    # -- links: two moves, the denial targets the right one
    ("two_moves_same_place",
     "Russian troops moved into the town of Avdiivka on Monday, Ukrainian officials said. Separately, Ukrainian "
     "reinforcements arrived in Pokrovsk on Tuesday. Moscow denied that its troops were in Avdiivka.",
     "Moscow denied", "Russian troops"),
    ("two_moves_withdrawal_denied",
     "Sudanese army units entered Wad Madani on Saturday. RSF fighters withdrew from Sennar the same day, witnesses "
     "said. The RSF denied it had left Sennar, saying its fighters still held the city.",
     "The RSF denied", "RSF fighters"),
    ("two_moves_denial_in_second_sentence",
     "Ethiopian troops crossed into Somalia's Hiiraan region on Monday. On Tuesday, Kenyan soldiers moved into "
     "Mandera, local officials said, a claim Nairobi denied.",
     "a claim Nairobi denied", "Kenyan soldiers"),
    ("two_sides_own_force",
     "Azerbaijani troops advanced toward the village of Jermuk, Armenian officials said. Armenian units pulled back "
     "from two hilltops on Wednesday. Baku denied that its forces had advanced.",
     "Baku denied", "Azerbaijani troops"),
    ("denial_before_move",
     "Moscow on Thursday denied sending troops to Kazakhstan. The Kazakh president said 2,500 Russian paratroopers had "
     "arrived in Almaty.",
     "denied sending troops", "Russian paratroopers"),
    ("second_force_disputed_by_its_side",
     "French troops left the base at Gao on Monday. Russian instructors arrived in Gao the next day, residents said. "
     "Moscow said the reports of Russian instructors in Gao were false.",
     "were false", "Russian instructors"),
    ("denial_of_unfound_move",
     "Fighting flared in eastern Congo on Sunday, aid groups said. The Rwandan government denied that its troops had "
     "crossed into North Kivu.",
     "denied that its troops", ""),
    ("junta_denies_but_admits",
     "Niger's junta denied that Russian troops had arrived in Niamey, but said Russian military instructors had landed "
     "to train its army.",
     "denied that Russian troops", None),
    ("eritrea_dismisses_while_ethiopia_moves",
     "Ethiopian federal troops entered Mekelle on Saturday. Eritrean soldiers crossed into the Irob area, refugees "
     "said. Eritrea's information minister dismissed the refugees' accounts as lies.",
     "dismissed the refugees' accounts", "Eritrean soldiers"),
    # -- links: harder cases
    ("reports_two_sentences_later",
     "About 200 Russian soldiers arrived in the Abkhaz port of Ochamchire on Friday, Georgian officials said. The "
     "officials said more were expected. Russia's defence ministry dismissed the reports.",
     "dismissed the reports", "200 Russian soldiers"),
    ("same_force_two_places_one_denied",
     "Israeli troops entered Rafah on Tuesday. Israeli tanks also pushed into the Zeitoun district of Gaza City, "
     "residents said. The Israeli military denied that its tanks had reached Zeitoun.",
     "denied that its tanks", "Zeitoun"),
    ("place_only_denial",
     "Armed men in military fatigues seized the airport at Belbek on Friday. Another group took over a checkpoint "
     "near Armyansk. Moscow said no Russian units had been sent to Belbek.",
     "no Russian units", "Belbek"),
    ("reported_by_the_other_side",
     "Sudan's army said RSF fighters had reached the outskirts of El Obeid on Monday. An RSF adviser said the army was "
     "spreading lies and that its fighters were still in Bara.",
     "spreading lies", "RSF fighters"),
    ("withdrawal_vs_arrival_denial",
     "Ethiopian troops withdrew from the Somali town of Baidoa on Sunday. Egyptian troops arrived in Mogadishu the "
     "same day, officials said. Ethiopia denied withdrawing from Baidoa.",
     "Ethiopia denied", "Ethiopian troops"),
    ("denial_by_pronoun_spokesman",
     "Colombian media said Venezuelan troops had crossed the Arauca river into Colombia. A Venezuelan army spokesman "
     "was asked about the reports. \"That is completely false,\" he said.",
     "completely false", "Venezuelan troops"),
    ("denial_names_sender_country",
     "Thousands of North Korean soldiers have arrived in Russia's Kursk region, South Korea's spy agency said. "
     "Pyongyang denied sending troops to Russia.",
     "Pyongyang denied", "North Korean soldiers"),
    ("ministry_says_ships_on_patrol",
     "Two Russian warships sailed into the Gulf of Finland on Wednesday, the Finnish navy said. Moscow said the ships "
     "were on a routine patrol in international waters.",
     "routine patrol", "Russian warships"),
    ("statement_denying_any_incursion",
     "Kenyan officials said Somali troops had crossed into the border town of Mandera on Monday. Somalia's government "
     "issued a statement denying any incursion.",
     "denying any incursion", "Somali troops"),
    ("no_such_move_blanket",
     "Afghan officials said Pakistani troops had moved into the Kurram border area on Friday. Islamabad said no such "
     "movement had taken place.",
     "no such movement", "Pakistani troops"),
    # -- batch 2: more styles
    ("gerund_having_troops",
     "Ukraine's military said Russian tanks had rolled into Horlivka overnight. Moscow has repeatedly denied having "
     "troops in eastern Ukraine.",
     "denied having troops", "Russian tanks"),
    ("passive_rejected_by",
     "Residents said Ugandan troops had entered the Congolese town of Bunia on Saturday. The claims were rejected by "
     "Kampala.",
     "rejected by", "Ugandan troops"),
    ("described_as_baseless",
     "Afghan media said Pakistani soldiers had crossed into Kunar province. A Pakistani military official described "
     "the reports as \u201cbaseless\u201d.",
     "described the reports", "Pakistani soldiers"),
    ("branded_fake_news",
     "Serbian troops moved closer to the Kosovo border on Tuesday, Kosovo's prime minister said. Belgrade branded the "
     "reports fake news.",
     "branded the reports", "Serbian troops"),
    ("named_spokesman_absolutely_untrue",
     "Finnish officials said Russian border guards had moved to the frontier near Salla. Kremlin spokesman Dmitry "
     "Peskov told reporters that the claims were \"absolutely untrue\".",
     "absolutely untrue", "Russian border guards"),
    ("not_the_case",
     "A monitoring group said Iranian militias had withdrawn from Albu Kamal. A spokesman for the militias said that was "
     "not the case.",
     "not the case", "Iranian militias"),
    ("never_sent_troops",
     "Somali officials said Eritrean soldiers had arrived in Mogadishu for training. Eritrea said it had never sent "
     "soldiers to Somalia.",
     "never sent", "Eritrean soldiers"),
    ("no_troops_involved",
     "Belarusian units crossed into the Volyn region on Friday, Ukrainian officials said. Minsk said no Belarusian "
     "troops were involved in any incident at the border.",
     "no Belarusian troops", "Belarusian units"),
    ("negated_move_speaker_after",
     "Yemeni officials said Saudi troops had entered the town of al-Ghaydah. Saudi troops had not entered the town, "
     "the coalition said in a statement.",
     "had not entered the town", "Saudi troops"),
    ("count_disputed_not_as_reported",
     "Polish media said 3,000 US soldiers had arrived in Rzeszow. The Pentagon said about 1,000 soldiers had arrived, "
     "not 3,000 as reported.",
     "not 3,000 as reported", None),
    ("peacekeepers_not_invaders",
     "Ukraine said Russian troops had entered the Donbas on Monday night. Moscow insisted the troops were peacekeepers.",
     "were peacekeepers", "Russian troops"),
    ("denial_in_headline_style_lead",
     "Russia denies its troops entered Georgian village\n\nGeorgian officials said Russian soldiers had moved into the "
     "village of Ergneti on Thursday. The Russian foreign ministry denied the report.",
     "denied the report", "Russian soldiers"),
    ("nonsense_curly",
     "Kenyan troops were seen crossing into Somalia's Gedo region, residents said. \u201cThat is nonsense,\u201d said "
     "a Kenyan army spokesman.",
     "nonsense", "Kenyan troops"),
    ("denial_then_admission_chain",
     "Colombia said Venezuelan soldiers had crossed into Arauca. Caracas denied the incursion and said its troops were "
     "patrolling Venezuelan territory.",
     "denied the incursion", "Venezuelan soldiers"),
    # -- denials of something that is not a move: they target no movement
    ("denies_backing_rebels",
     "M23 rebels entered the outskirts of Goma on Sunday, the UN said. Rwanda denies backing the rebels.",
     "Rwanda denies", ""),
    ("denies_shelling",
     "Azerbaijani troops moved into positions near Lachin on Monday. Baku denied shelling Armenian villages.",
     "denied shelling", ""),
    ("denies_supplying_drones",
     "Russian troops advanced toward Pokrovsk on Tuesday, Ukraine's army said. Iran has denied supplying drones to "
     "Russia for use in the war.",
     "denied supplying drones", ""),
    ("denies_plan_to_send",
     "Kenyan police officers arrived in Haiti on Tuesday. Washington denied it had any plans to send US troops to the "
     "Caribbean nation.",
     "denied it had any plans", ""),
    ("denies_attack_on_convoy",
     "A Malian army convoy left Gao for Kidal on Monday. Rebels denied attacking the convoy, blaming jihadists.",
     "denied attacking", ""),
    # -- batch 4: verbs and stock phrases of other presses
    ("rubbished_reports",
     "Pakistani officials said Indian troops had moved to forward positions near Poonch. The Indian army rubbished the "
     "reports.",
     "rubbished the reports", "Indian troops"),
    ("repudiated_claims",
     "Nigerian media said Chadian soldiers had crossed into Borno state. N'Djamena repudiated the claims on Friday.",
     "repudiated the claims", "Chadian soldiers"),
    ("shot_down_reports",
     "US troops were moved from Syria to western Iraq, a news website reported. The Pentagon shot down the reports on "
     "Tuesday.",
     "shot down the reports", "US troops"),
    ("politically_motivated",
     "Georgian officials said Russian troops had crossed into Georgian territory near Ergneti. Moscow said "
     "the allegations were politically motivated.",
     "politically motivated", "Russian troops"),
    ("in_permanent_bases",
     "Latvian officials said Russian paratroopers had moved to the border near Pskov. \"Our troops are in their "
     "permanent bases,\" a Russian defence ministry spokesman said.",
     "permanent bases", "Russian paratroopers"),
    ("termed_baseless",
     "Bangladeshi media said Myanmar troops had crossed into Bandarban. Myanmar's embassy termed the reports "
     "baseless and misleading.",
     "termed the reports", "Myanmar troops"),
    ("poured_cold_water",
     "South Korean media said North Korean soldiers had been sent to Ukraine's front line. Pyongyang's state media "
     "poured cold water on the reports.",
     "poured cold water", "North Korean soldiers"),
    ("said_of_reports_that_dismissal",
     "Thousands of Wagner fighters have returned to Mali, French officials said. A Malian army spokesman said there "
     "were only Russian instructors in the country.",
     "only Russian instructors", "Wagner fighters"),
    # -- a denied move the article tells nowhere else: still a denial, and news of forces on the move
    ("unfound_reports_false",
     "Fighting flared near the border on Sunday. Moscow said reports that its troops had crossed into Georgia were "
     "false.",
     "were false", "its troops had crossed"),
    ("unfound_negated_move",
     "Shelling continued overnight near Chernihiv. Minsk said no Belarusian troops had crossed into Ukraine.",
     "no Belarusian troops", ""),
    ("unfound_dismissed_as_propaganda",
     "Explosions were heard in Ochakiv on Tuesday. Kyiv dismissed as propaganda Russian claims that Ukrainian "
     "marines had landed on the Kinburn spit.",
     "dismissed as propaganda", ""),
    # -- batch 5: datelines, named spokesmen, findings, footage dates
    ("flatly_denied_stationed",
     "Chinese troops were seen arriving at Cambodia's Ream naval base last week, a US think tank said. Beijing has "
     "flatly denied that any PLA soldiers are stationed at Ream.",
     "flatly denied", "Chinese troops"),
    ("dateline_denied_reports",
     "MOSCOW (Reuters) - Russia on Friday denied Ukrainian reports that its forces had retreated from the village of "
     "Robotyne. Ukraine's military said on Thursday that Russian troops had pulled back from Robotyne.",
     "denied Ukrainian reports", None),
    ("named_spokesman_completely_baseless",
     "Lebanese officials said Israeli tanks had moved into the village of Aita al-Shaab. Israeli army spokesman Avichay "
     "Adraee said the claims were \"completely baseless\".",
     "completely baseless", "Israeli tanks"),
    ("such_accounts_dismissed",
     "Refugees said Eritrean soldiers had moved into the town of Shire in November. Eritrea's government has "
     "consistently dismissed such accounts.",
     "dismissed such accounts", "Eritrean soldiers"),
    ("footage_from_year",
     "A video posted online appeared to show Houthi fighters moving toward Marib. The Houthis said the footage was "
     "from 2019.",
     "footage was from 2019", "Houthi fighters"),
    ("rejected_findings",
     "A UN panel said Rwandan troops had crossed into North Kivu in large numbers. Kigali has rejected the panel's "
     "findings.",
     "rejected the panel", "Rwandan troops"),
    ("called_information_provocation",
     "Armenia said Azerbaijani units had moved closer to the village of Tegh. The Azerbaijani defence ministry called "
     "the information a provocation.",
     "called the information", "Azerbaijani units"),
    ("has_not_deployed_any",
     "Kosovo said Serbian troops had moved to the border near Jarinje. Belgrade says it has not deployed any troops to "
     "the area.",
     "has not deployed any troops", "Serbian troops"),
    # -- links through abbreviations and seats of government
    ("white_house_us_forces",
     "US special forces landed near Deir ez-Zor on Monday, Syrian state media said. Russian military police moved "
     "into Manbij the same day. The White House denied that any American troops had landed in Syria.",
     "White House denied", "US special forces"),
    ("uk_ministry_inaccurate",
     "British commandos were flown to Oman on Friday, a newspaper reported. French warships arrived in Djibouti the "
     "same day. The UK Ministry of Defence said the report about its commandos was inaccurate.",
     "was inaccurate", "British commandos"),
    ("us_abbreviated_pentagon",
     "U.S. Marines arrived in Darwin on Tuesday, Australian media said. Chinese warships sailed past Cape York the "
     "same week. The Pentagon denied that the Marines had been sent in response to the Chinese ships.",
     "Pentagon denied", None),
    # -- not denials
    ("neither_confirmed_nor_denied",
     "Israeli troops were seen moving into the village of Kfar Kila on Wednesday, residents said. The Israeli military "
     "neither confirmed nor denied the reports.",
     None, None),
    ("declined_to_comment",
     "Two US Navy destroyers sailed through the Taiwan Strait on Tuesday, according to ship-tracking data. The Pentagon "
     "declined to comment.",
     None, None),
    ("confirmed_departure",
     "Hundreds of French troops left Niamey on Friday. The French defence ministry confirmed the departure.",
     None, None),
    ("declined_to_confirm_number",
     "Japanese patrol planes tracked six Chinese coast guard vessels entering waters near the Senkaku islands. Beijing "
     "declined to confirm the number of ships.",
     None, None),
    ("did_not_comment",
     "Satellite imagery showed Chinese troops moving into a new camp near Pangong Lake. The Chinese embassy did not "
     "comment.",
     None, None),
    ("false_flag_accusation",
     "Russian troops moved to the border near Belgorod on Monday. Kyiv accused Moscow of preparing a false flag attack "
     "to justify an offensive.",
     None, None),
    ("no_soldiers_wounded",
     "Israeli troops entered Jenin on Monday. No soldiers were wounded, the army said.",
     None, None),
    ("could_not_verify",
     "Lebanese media said Hezbollah fighters had moved south toward the border. Reuters could not independently verify "
     "the reports.",
     None, None),
    ("denied_entry",
     "Belarusian troops moved to the Ukrainian border on Monday. Ukrainian border guards denied entry to a column of "
     "Belarusian trucks.",
     None, None),
    ("rejected_a_proposal",
     "NATO allies sent 3,000 troops to Romania on Monday. Hungary rejected a proposal to send its own soldiers.",
     None, None),
    ("dismissed_the_commander",
     "Sudanese troops withdrew from El Fasher on Sunday. The army chief dismissed the commander of the garrison.",
     None, None),
    ("did_not_deny",
     "Israeli commandos landed near a village in southern Syria, Syrian state media said. Israel did not deny the "
     "report.",
     None, None),
    ("confirmed_arrival",
     "Wagner fighters arrived at a camp near Osipovichi on Monday. Belarus confirmed that the fighters had arrived.",
     None, None),
    ("no_evidence_of_gangs",
     "Kenyan police officers arrived in Port-au-Prince on Tuesday. There was no evidence of gang activity near the "
     "airport, officials said.",
     None, None),
    ("accusation_of_sending",
     "Rebel fighters entered the town of Bunagana on Monday. Congo accused Rwanda of sending troops to back the rebels.",
     None, None),
    ("warned_provocation",
     "France sent 200 instructors to Ukraine last week, officials said. Russia warned that any further deployment of "
     "Western troops would be a provocation.",
     None, None),
    ("confirmation_as_source",
     "Ukrainian officials said Belarusian units had moved to the border near Gomel. Belarus's defence ministry "
     "confirmed the move but gave no numbers.",
     None, None),
    ("no_comment_on_reports",
     "Two Chinese destroyers were spotted off the coast of Alaska on Monday. The Chinese embassy said it had no comment "
     "on the reports.",
     None, None),
    ("rejected_calls_for_withdrawal",
     "Turkish troops moved into Afrin on Saturday. Ankara rejected calls for a withdrawal.",
     None, None),
    ("could_not_confirm_reports",
     "Lebanese media said Israeli troops had crossed into the village of Ghajar. UNIFIL said it could not confirm the "
     "reports.",
     None, None),
    ("operating_lawfully",
     "Israeli troops advanced into Khan Younis on Monday. The army said its forces were operating in accordance with "
     "international law.",
     None, None),
    ("would_not_leave_stance",
     "French troops began leaving Chad on Friday. Russia said its forces in Mali would not leave.",
     None, None),
    ("losses_denied_not_a_move",
     "Ukrainian forces withdrew from Avdiivka on Saturday. Russia dismissed reports of heavy losses among its troops "
     "as false.",
     "dismissed reports of heavy losses", ""),
    ("no_information_about_missing",
     "Ukrainian troops pulled back from Vuhledar on Wednesday. The ministry said it had no information about the fate "
     "of the missing soldiers.",
     None, None),
    ("remained_during_coup",
     "Presidential guard units moved into the capital on Sunday. The army said most troops remained in their barracks "
     "and urged calm.",
     None, None),
    ("no_withdrawal_yet_plan",
     "Russian troops arrived at the Kherson front on Monday. A Ukrainian official said it was too early to speak of any "
     "withdrawal.",
     None, None),
    ("confirmed_with_purpose",
     "About 300 French soldiers arrived in Estonia on Tuesday for a NATO exercise, the French army said.",
     None, None),
    ("accused_of_lying_other_topic",
     "Israeli troops entered Rafah on Monday. Hamas accused Israel of lying about humanitarian aid deliveries.",
     None, None),
    ("admitted_but_did_not_say",
     "Tajik troops crossed into Batken on Sunday, Kyrgyz officials said. Dushanbe acknowledged that more units had "
     "moved to its side of the border, but it did not say how many.",
     None, None),
    # -- cue words that dispute nothing: a kind of thing, a state of things, a plan, a toll
    ("propaganda_as_kind",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. Russian state television aired propaganda footage of troops arriving in the region.",
     None, None),
    ("disinformation_campaign",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. Officials warned of a disinformation campaign aimed at the soldiers' families.",
     None, None),
    ("routine_rotation_as_name",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. The army said the routine rotation would bring 300 fresh troops to the base.",
     None, None),
    ("area_denial_tactics",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. The brigade is trained in anti-access and area denial tactics.",
     None, None),
    ("absurd_state_of_things",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. \"It is absurd that our soldiers wait months for their pay,\" a union leader said.",
     None, None),
    ("false_alarm",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. The alarm turned out to be false, the ministry said, and the troops returned to their drills.",
     None, None),
    ("routine_exercises_planned",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. The troops will take part in routine exercises next month, the ministry said.",
     None, None),
    ("no_threat_to_troops",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. NATO officials said there was no threat to the troops.",
     None, None),
    ("no_information_about_schedule",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. The ministry said the soldiers had no information about the exercise schedule before they left.",
     None, None),
    ("not_aware_of_injuries",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. The ministry said it was not aware of any injuries among the troops.",
     None, None),
    # -- 'no' before a force that says no one is absent: a lack, a loss, a decision for later, a setting
    ("deny_them_gains",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. The reinforcements are meant to deny Russia any gains in the region.",
     None, None),
    ("with_no_troops_left",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. With no troops left in the town, residents fled on foot.",
     None, None),
    ("no_peacekeepers_to_protect",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. There are no UN peacekeepers in the area to protect civilians, the aid group said.",
     None, None),
    ("bomb_hoax",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. A bomb hoax delayed the troops' departure by two hours.",
     None, None),
    ("no_soldiers_available",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. No soldiers were available to guard the convoy, the mayor said.",
     None, None),
    ("no_troops_would_be_sent",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. The ministry said no troops would be sent to the region.",
     None, None),
    ("no_units_lost",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. The army said no units had been lost during the crossing.",
     None, None),
    ("no_doubt_soldiers",
     "About 500 Polish troops arrived in Lithuania on Monday, the defence ministry said. Residents said they had no doubt the soldiers were Polish.",
     None, None),
    ("refused_to_say",
     "Hundreds of Turkish soldiers crossed into Idlib on Friday. Ankara refused to say how many troops had been sent.",
     None, None),
]

"""Relevance and movement precision on unseen news (rules r7), from invented wire-style articles.

Hard negatives carry military words, counts or verbs of motion but no armed force on the move (the contract's
list: arms orders and deliveries, parades, aid convoys, fans who "invade", companies "moving", pledges, threats,
call-ups, exercises for later, moves from years before the story, recruitment, budgets, service teams in sport,
evacuations, refugees, police at home, a minister's visit, troops "stationed" as background); the shipped default
must call them not relevant and report no movement. The positives tell one move once, in an unusual way (late in
the article, in a quote or a live-blog line, as a noun phrase, by a passive with its agent, by a unit or ship
name); the default must find it. Every article is invented; none is taken from the realnews split."""

from __future__ import annotations

import pytest

from staged_support import claims as _claims
from staged_support import moves as _moves
import summarizer
from summarizer.strategies.staged.types import ArmedVerdict, ClaimStatus

NOT_RELEVANT = [
    ('arms_order', 'Poland signs deal for 96 attack helicopters\n\nWARSAW, Aug 13 2024 (Reuters) - Poland signed a contract on Tuesday to buy 96 Apache attack helicopters from the United States, the defence ministry said. The deal, worth about $10 billion, includes training and spare parts. The first helicopters are due to be delivered in 2028. Defence Minister Wladyslaw Kosiniak-Kamysz said the purchase would make the army one of the strongest in Europe. The helicopters will be based at three army aviation bases.'),
    ('arms_delivery', 'First batch of tanks arrives at port\n\nGDYNIA, Dec 6 2022 (AP) - A ship carrying the first 24 K2 tanks from South Korea docked at the Baltic port of Gdynia on Tuesday. The tanks were unloaded under the eyes of officials and will be handed to a mechanised division next week. Poland ordered 180 of the tanks in July. Officials said a further 44 howitzers had also arrived on the same vessel.'),
    ('parade', 'Thousands of troops march in Victory Day parade\n\nMOSCOW, May 9 2023 (AFP) - Around 8,000 soldiers marched across Red Square on Tuesday in the annual Victory Day parade, accompanied by tanks and missile launchers. President Vladimir Putin addressed the troops from a stand beside the Kremlin wall. The parade was shorter than in previous years and no aircraft flew over the square. Veterans watched from the stands as columns of armour rolled past.'),
    ('aid_convoy', 'Aid convoy of 40 trucks reaches besieged town\n\nGENEVA, Mar 2 2024 (Reuters) - A convoy of 40 trucks carrying food and medicine reached the besieged town of Deir al-Balah on Saturday, the World Food Programme said. The convoy crossed the Kerem Shalom crossing early in the morning and unloaded at a warehouse run by the United Nations. Aid workers said it was the first delivery in three weeks. The agency said more convoys were needed to avert famine.'),
    ('football_fans', "Fans invade pitch as Rovers clinch title\n\nGLASGOW, May 12 2024 (PA) - Thousands of supporters invaded the pitch at Ibrox on Sunday after Rovers clinched the league title with a 3-1 win. Stewards and police struggled to hold back the crowd as fans poured onto the field from all four stands. The club's army of travelling supporters had marched through the city centre before the match. Police said two people were arrested for minor offences."),
    ('company_hq', 'Carmaker to move headquarters to Amsterdam\n\nPARIS, Jan 17 2025 (Reuters) - Carmaker Stellar Motors said on Friday it would move its headquarters from Paris to Amsterdam and deploy 1,200 engineers to a new research centre in Eindhoven. The company said the shift would cut costs by 300 million euros a year. Unions criticised the move and called a strike for next week. Shares rose 4% in early trading.'),
    ('pledge_troops', 'Britain offers to send troops to Ukraine after ceasefire\n\nLONDON, Mar 2 2025 (Reuters) - Prime Minister Keir Starmer said on Sunday Britain was ready to put troops on the ground in Ukraine as part of a peacekeeping force if a ceasefire is agreed. He said a "coalition of the willing" would be formed to guarantee any deal. No decision has been made on the number of soldiers or where they would be based. France has made a similar offer.'),
    ('threat', 'Leader threatens to send army into breakaway region\n\nADDIS ABABA, Nov 2 2020 (AFP) - The prime minister warned on Monday that he would send the army into the northern region if local leaders did not hand over those behind an attack on a federal base. "We will not hesitate to deploy our forces," he said in a televised address. Regional leaders called the threat a declaration of war. Diplomats urged both sides to talk.'),
    ('callup', "Government calls up 20,000 reservists\n\nTAIPEI, Jan 4 2024 (Reuters) - Taiwan's defence ministry said on Thursday it would call up 20,000 reservists for training this year under a new programme. The reservists will report to their units for 14 days of drills, up from seven days previously. The ministry said the extension was needed to improve readiness. The first group is due to report in March."),
    ('exercise_later', "Alliance to hold large naval drills next month\n\nBRUSSELS, Feb 20 2024 (AP) - NATO will hold large naval exercises in the Baltic Sea next month involving 50 warships and 10,000 personnel, the alliance said on Tuesday. The drills, named Baltic Guard, are scheduled to begin on March 15 and last two weeks. Officials said the exercise was planned long before current tensions. Russia's embassy called the plans provocative."),
    ('anniversary', "Nation marks 30 years since troops entered capital\n\nKIGALI, Jul 4 2024 (AFP) - Rwanda on Thursday marked the 30th anniversary of the day rebel fighters marched into Kigali and ended the genocide. In 1994 the Rwandan Patriotic Front's forces advanced from the north and took the capital after weeks of fighting. President Paul Kagame laid a wreath at a memorial. Thousands of people attended ceremonies across the country."),
    ('history', 'Museum opens exhibition on 1968 invasion\n\nPRAGUE, Aug 20 2023 (CTK) - A Prague museum opened an exhibition on Sunday about the invasion of Czechoslovakia by Warsaw Pact troops in August 1968. About 250,000 soldiers and 2,000 tanks crossed the border in a single night, the curators said. The exhibition shows photographs and film taken by residents. It runs until the end of the year.'),
    ('court_case', 'Court hears case over 2003 deployment\n\nTHE HAGUE, Oct 10 2024 (Reuters) - A Dutch court on Thursday began hearing a case brought by families of victims over the deployment of Dutch soldiers to southern Iraq two decades ago. Lawyers for the families said the battalion sent to Al Muthanna in 2003 failed to protect civilians. The state denies responsibility. A ruling is expected next year.'),
    ('recruitment', "Army misses recruitment target again\n\nLONDON, Sep 5 2024 (PA) - The British Army recruited 9,000 soldiers in the last financial year, missing its target of 10,000 for the fourth year running, official figures showed on Thursday. The army's size has fallen to 73,000 regular troops. Officials blamed a tight jobs market and slow medical checks. Ministers said a new recruitment drive would begin in the autumn."),
    ('budget_debate', 'Lawmakers clash over troop numbers in budget\n\nWASHINGTON, Jun 14 2024 (AP) - House lawmakers clashed on Friday over a defence bill that would cut the number of troops stationed in Europe from 100,000 to 80,000. Supporters of the cut said allies should pay more for their own defence. Opponents warned it would embolden Russia. The bill must still pass the Senate.'),
    ('sports_team', "Navy beats Army in rivalry game\n\nPHILADELPHIA, Dec 9 2023 (AP) - Navy beat Army 17-11 on Saturday in the 124th edition of the rivalry game. The Midshipmen's defence held firm in the final minutes as Army drove to the 1-yard line. Thousands of cadets marched onto the field before kickoff. Navy leads the series 62-55-7."),
    ('evacuation', 'Thousands evacuated as wildfire nears town\n\nATHENS, Aug 12 2024 (Reuters) - Authorities ordered the evacuation of several suburbs north of Athens on Monday as a wildfire fanned by strong winds spread towards the capital. About 700 firefighters, backed by 12 water-dropping aircraft, fought the blaze. Residents fled in cars and on foot along the coast road. Hospitals were put on alert.'),
    ('refugees', 'Thousands flee across border as fighting rages\n\nGENEVA, Apr 22 2023 (UNHCR) - More than 20,000 people have crossed from Sudan into Chad in the past week fleeing fighting in Darfur, the UN refugee agency said on Saturday. Most are women and children who walked for days to reach the border. The agency said it was sending tents and food to camps near Adre. Aid workers warned that the rainy season would soon cut roads.'),
    ('police_home', 'Police deployed for weekend protests\n\nPARIS, Jun 30 2023 (AFP) - France will deploy 45,000 police officers across the country on Friday night after three nights of rioting, Interior Minister Gerald Darmanin said. Armoured vehicles will be sent to several cities, including Marseille and Lyon. More than 900 people were arrested overnight. Public transport will stop at 9 pm.'),
    ('minister_visit', "Defence minister visits troops on front line\n\nKYIV, Oct 3 2023 (Reuters) - Ukraine's defence minister visited troops near Bakhmut on Tuesday and handed out awards to soldiers of a mechanised brigade. He travelled to the area by train and met commanders at a command post. The minister said the army needed more artillery shells. He returned to Kyiv in the evening."),
    ('troops_remain', 'Talks on base lease stall\n\nBAGHDAD, Feb 8 2024 (AP) - Talks between Iraq and the United States on the future of the coalition stalled on Thursday, officials said. About 2,500 American troops remain in Iraq and 900 are stationed in neighbouring Syria. Iraqi lawmakers have called for the troops to leave. Washington says the forces are there to fight the Islamic State group.'),
    ('plan_withdraw', 'Government plans to withdraw peacekeepers by year end\n\nBAMAKO, Jun 17 2023 (Reuters) - Mali\'s government asked the United Nations on Friday to withdraw its peacekeeping mission of 13,000 troops from the country "without delay". The foreign minister told the Security Council the mission had failed. Diplomats said the council would vote on the mission\'s future later this month. The mission has been in Mali since 2013.'),
    ('earnings_military_words', 'Defence contractor profits soar on missile demand\n\nSTOCKHOLM, Feb 15 2024 (Reuters) - Swedish defence group Saab said on Thursday fourth-quarter profit rose 46% on strong demand for missiles and radar. Orders rose to a record 70 billion crowns. The company said it would recruit 2,500 staff this year and expand production at its Linkoping plant. Chief executive Micael Johansson said the order backlog would keep the company busy for years.'),
    ('ships_sold', 'Navy decommissions frigate, sells it to Chile\n\nLONDON, Apr 1 2024 (PA) - The Royal Navy decommissioned the frigate HMS Sutherland on Monday in a ceremony at Plymouth after 27 years of service. The ship will be sold to Chile and towed to a shipyard for a refit. Her crew of 185 sailors will be reassigned to other ships. The navy is replacing older frigates with new Type 26 ships.'),
    ('drone_deliveries', "Germany to send more air defence systems to Ukraine\n\nBERLIN, Jun 7 2024 (dpa) - Germany will send a third Patriot air defence system to Ukraine, the government said on Friday. The system is expected to arrive in the coming weeks. Berlin has also promised 30 more Leopard tanks by the end of the year. Ukraine's president thanked Germany for the aid."),
    ('military_flight_cancelled', 'Royal visit cancelled over storm\n\nCANBERRA, Mar 9 2025 (AAP) - A planned visit by the governor-general to an air force base in Darwin was cancelled on Sunday because of a tropical storm. Her flight was grounded in Canberra as the storm moved south along the coast. About 3,000 residents were moved to evacuation centres. The bureau of meteorology said winds could reach 150 km/h.'),
    ('election_police', 'Security tight as polls open\n\nLAGOS, Feb 25 2023 (Reuters) - Voting began across Nigeria on Saturday under tight security, with 400,000 police officers deployed to polling units nationwide, the police said. Soldiers manned checkpoints on major roads into the city. Queues formed early at many polling stations. Results are expected within days.'),
    ('nuclear_sub_visit_planned', "Nuclear submarine to make port call\n\nSEOUL, Jul 10 2023 (Yonhap) - A US nuclear-armed submarine will visit South Korea for the first time in decades, officials said on Monday. The visit was agreed in April as part of a deal to reassure Seoul about Washington's commitment. The date of the port call was not announced. North Korea condemned the plan."),
    ('veterans_march', "Veterans march to parliament over pensions\n\nCANBERRA, Nov 15 2024 (AAP) - Hundreds of military veterans marched to Parliament House on Friday to demand higher pensions. The former soldiers, many wearing their medals, walked from the war memorial. Organisers said 2,000 people took part. The minister for veterans' affairs met a delegation."),
    ('tourism_invasion', 'Tourists invade island as ferry strike ends\n\nATHENS, Aug 2 2024 (AP) - An army of tourists descended on the island of Santorini on Friday as a two-day ferry strike ended, local officials said. Some 17,000 passengers arrived on cruise ships in a single day. Residents complained that the streets were overrun. The mayor called for a cap on cruise visits.'),
    ('film_review', 'War film storms box office\n\nLOS ANGELES, Jul 23 2023 (AP) - A film about soldiers storming the beaches of Normandy topped the box office this weekend with $82 million in ticket sales. In the film, a company of Rangers lands on Omaha Beach and fights its way inland. Critics praised the battle scenes. The studio said it would release the film in China next month.'),
    ('obituary', 'General who led 1991 advance dies at 89\n\nWASHINGTON, Dec 28 2024 (AP) - The general who commanded American forces in the 1991 Gulf War has died at 89, his family said on Saturday. His troops swept into Kuwait and southern Iraq in a ground offensive that lasted 100 hours. He later wrote a best-selling memoir. He is survived by his wife and three children.'),
    ('base_closing_plan', 'Pentagon to close base in Niger\n\nWASHINGTON, Apr 20 2024 (Reuters) - The United States has agreed to withdraw its troops from Niger, officials said on Saturday, ending a key counter-terrorism partnership. Talks on the details of the pullout will begin in the coming days. About 1,000 American military personnel are based in the country. The withdrawal is expected to take months.'),
    ('ship_christened', "New aircraft carrier launched at shipyard\n\nSHANGHAI, Jun 17 2022 (Xinhua) - China launched its third aircraft carrier, the Fujian, at a shipyard in Shanghai on Friday. The ship was floated out of a dry dock during a ceremony. It is the country's first carrier with electromagnetic catapults. The carrier will undergo sea trials before entering service."),
    ('spy_satellite', "Rocket lifts off carrying spy satellite\n\nTOKYO, Jan 12 2025 (Kyodo) - A rocket carrying a military reconnaissance satellite lifted off from the Tanegashima space centre on Sunday, the space agency said. The satellite will be used to monitor missile launches. It is Japan's eighth spy satellite. The launch had been delayed twice by bad weather."),
    ('cyber_army', 'Hacker army targets bank websites\n\nLONDON, Mar 8 2024 (PA) - A pro-Russian hacker army launched attacks on the websites of several European banks on Friday, cyber security experts said. The group moved from targeting government sites to financial firms last month. No customer data was stolen. The banks said services were restored within hours.'),
    ('pledge_conference', 'Allies pledge 3,000 troops for new mission\n\nADDIS ABABA, Nov 4 2024 (AFP) - African countries pledged a total of 3,000 troops for a new peacekeeping mission in Somalia at a conference on Monday, the African Union said. Egypt offered the largest contingent. The mission is due to take over from the current force in January. Funding for the mission has not been agreed.'),
    ('training_abroad_students', "Cadets graduate from academy\n\nSANDHURST, Aug 9 2024 (PA) - More than 200 officer cadets, including 30 from overseas, graduated from the Royal Military Academy Sandhurst on Friday. The King's representative inspected the parade. The new officers will join their regiments in the autumn. Cadets from Ukraine were among those commissioned."),
    ('stationed_background', 'Island votes on new airport\n\nNAHA, Feb 24 2024 (Kyodo) - Residents of the island of Okinawa voted on Sunday in a local referendum on a new civilian airport. About 30,000 US Marines are stationed on the island, and the bases occupy a fifth of its land. Turnout was 52%. The governor said the result would be sent to Tokyo.'),
    ('linemen', 'Utility crews converge on storm-hit coast\n\nTAMPA, Oct 11 2024 (AP) - More than 50,000 utility workers from 40 states have been deployed to Florida to restore power after Hurricane Milton, the governor said on Friday. Convoys of bucket trucks streamed south on Interstate 75 overnight. About 3 million homes were still without electricity. Officials warned that full restoration could take a week.'),
    ('firefighters_abroad', 'Australian firefighters arrive in Canada\n\nVANCOUVER, Jun 9 2023 (CP) - A contingent of 100 Australian and New Zealand firefighters arrived in Vancouver on Friday to help battle wildfires in British Columbia and Quebec. They will be deployed to fire lines in the north of the province after a briefing. More than 400 fires are burning across Canada.'),
    ('rescue_teams', "Rescue teams fly in after earthquake\n\nANKARA, Feb 7 2023 (Reuters) - Search and rescue teams from more than 20 countries began arriving in Turkey on Tuesday after a powerful earthquake killed thousands of people. A team of 150 rescuers from Spain landed in Adana with sniffer dogs. Turkey's disaster agency said 25,000 rescue workers were now in the quake zone."),
    ('pilgrims', 'Two million pilgrims move to Mount Arafat\n\nMECCA, Jun 15 2024 (AFP) - Nearly two million Muslim pilgrims moved on Saturday from Mina to Mount Arafat for the high point of the haj, Saudi authorities said. Columns of buses and people on foot streamed along the roads in temperatures above 45C. Authorities deployed thousands of health workers along the route.'),
    ('reenactors', 'Reenactors storm Normandy beach for anniversary\n\nCAEN, Jun 5 2024 (AFP) - Hundreds of reenactors in Second World War uniforms stormed Utah Beach on Wednesday in vintage landing craft as crowds watched. Some drove restored jeeps and half-tracks along the coast road. The event is part of celebrations for the 80th anniversary of D-Day. Veterans in their late nineties were among the guests.'),
    ('marathon', "Runners invade city streets for marathon\n\nBERLIN, Sep 29 2024 (dpa) - More than 50,000 runners invaded the streets of Berlin on Sunday for the city's marathon. The field crossed the start line at the Brandenburg Gate in waves. Police closed roads across the city centre. A Kenyan runner won the men's race in two hours and two minutes."),
    ('protest_march', 'Farmers march on capital in tractor convoy\n\nPARIS, Jan 29 2024 (Reuters) - Thousands of farmers drove convoys of tractors towards Paris on Monday, vowing to besiege the capital over low incomes. They blocked eight motorways leading into the city. The government deployed 15,000 police officers to stop the tractors from entering the Rungis food market. Talks with farm unions are due on Tuesday.'),
    ('locusts', 'Locust swarms advance into Kenya\n\nNAIROBI, Jan 20 2020 (Reuters) - Huge swarms of desert locusts have crossed into northeastern Kenya from Somalia and Ethiopia, the United Nations food agency said on Monday. One swarm measured 60 km long and 40 km wide. The agency warned that the insects could advance further south within weeks and devour crops.'),
    ('storm_advance', 'Typhoon moves towards Philippine coast\n\nMANILA, Oct 22 2024 (AP) - A powerful typhoon moved towards the northern Philippines on Tuesday, forcing the evacuation of 50,000 people. The storm is expected to make landfall on Wednesday with winds of 180 km/h. The army said soldiers were on standby to help with rescues.'),
    ('band_tour', 'Military band tours Japan\n\nTOKYO, Apr 3 2024 (Kyodo) - The band of the Scots Guards arrived in Tokyo on Wednesday for a two-week concert tour of Japan. The 40 musicians will perform in six cities, ending with a show at the Budokan. The tour marks 160 years of diplomatic relations between Japan and Britain.'),
    ('letter_call', "Letter urges more peacekeepers for Congo\n\nKINSHASA, Mar 10 2024 - In a letter to the Security Council, a group of Congolese civil society organisations urged the United Nations to recruit and send more peacekeepers to North Kivu. The letter said the current force of 14,000 troops was too small. The council will discuss the mission's mandate in December."),
    ('equipment_deal', 'Navy takes delivery of new frigate\n\nCOPENHAGEN, Mar 20 2025 (Reuters) - The Danish navy took delivery of a new frigate on Thursday at a shipyard in Odense, the defence ministry said. The ship sailed to the naval base at Korsor later in the day for fitting out. A second frigate is due for delivery next year.'),
    ('expo', "Arms fair opens with drones on display\n\nABU DHABI, Feb 20 2023 (Reuters) - The region's biggest arms fair opened on Monday with more than 1,300 companies showing drones, missiles and armoured vehicles. Delegations from 65 countries flew in for the five-day event. Organisers said deals worth billions of dollars were expected to be signed."),
    ('war_game', 'Video game war sequel breaks records\n\nLOS ANGELES, Nov 10 2023 (AP) - The latest instalment of a best-selling war video game sold 10 million copies in its first week, its publisher said. Players lead a squad of special forces soldiers who parachute into a fictional Middle Eastern country. The game has been criticised for its depiction of civilians.'),
    ('troops_help_vote_counts', 'Opposition disputes count in border province\n\nKABUL, Oct 22 2019 (AP) - Election officials began counting votes on Tuesday in a province where thousands of troops guard polling centres. The opposition said the count was rigged. Officials said results would be announced in November.'),
    ('parliament_approves', "Parliament approves troop deployment\n\nANKARA, Jan 2 2020 (Reuters) - Turkey's parliament on Thursday approved a bill allowing the deployment of troops to Libya, clearing the way for military support to the Tripoli government. The vote passed by 325 to 184. Officials said the timing and size of any deployment would depend on developments on the ground."),
    ('extend_mandate', "Lawmakers extend Mali mission\n\nBERLIN, May 20 2022 (dpa) - The German parliament voted on Friday to extend the deployment of up to 1,400 soldiers to the UN mission in Mali for another year. The opposition criticised the mission's lack of progress. The government said the troops would stay until at least May 2023."),
    ('completed_years_ago', 'Report faults planning of Afghan exit\n\nWASHINGTON, Mar 16 2024 (AP) - A report by the inspector general on Saturday criticised the planning of the withdrawal of US troops from Afghanistan in 2021. The last American soldiers left Kabul airport on August 30 of that year. The report said warnings were ignored.'),
    ('expected_next_month', 'Peacekeepers expected next month\n\nPORT-AU-PRINCE, May 14 2024 (AP) - The first Kenyan police officers of a UN-backed mission are expected to arrive in Haiti next month, officials said on Tuesday. A base for the mission is under construction near the airport. The deployment has been delayed several times by court challenges in Kenya.'),
    ('deserters_trial', 'Soldiers on trial for desertion\n\nMOSCOW, Apr 4 2024 (Reuters) - A military court on Thursday sentenced three soldiers to five years in prison for deserting their unit in 2023. Prosecutors said the men left their positions near Bakhmut and fled to a village in the Rostov region. Rights groups say desertion cases have risen sharply.'),
    ('sailors_rescued', 'Sailors rescued after cargo ship sinks\n\nATHENS, Nov 26 2023 (AP) - Greek navy helicopters rescued four crew members from a cargo ship that sank in stormy seas off the island of Lesbos on Sunday, the coast guard said. Eight sailors are missing. The ship was carrying salt from Egypt to Istanbul.'),
    ('army_chief_says', "Army chief warns of threat\n\nISLAMABAD, Sep 6 2023 (Reuters) - Pakistan's army chief said on Wednesday his forces were ready to respond to any aggression and would defend every inch of the country. Speaking at a ceremony to mark Defence Day, he praised soldiers who died fighting militants. He did not mention India by name."),
    ('asks_for_troops', "President asks allies for troops\n\nMOGADISHU, Feb 3 2024 (AFP) - Somalia's president asked neighbouring countries on Saturday to send more troops to help fight al Shabaab as African Union forces prepare to leave. He said the army needed 20,000 more soldiers. Kenya and Ethiopia said they would study the request."),
    ('weapons_seized', 'Police seize weapons in raid\n\nBOGOTA, Aug 15 2024 (AFP) - Colombian police seized 200 rifles and 10,000 rounds of ammunition in a raid on a warehouse in Cali on Thursday, officials said. The weapons were destined for a criminal gang. Three people were arrested.'),
    ('drone_show', 'Drone swarm lights up sky at festival\n\nSEOUL, Oct 1 2024 (Yonhap) - More than 1,000 drones flew over the Han River on Tuesday night in a light show celebrating Armed Forces Day. The drones formed the shapes of tanks and fighter jets. Thousands of residents watched from the riverbank.'),
]

RELEVANT = [
    ('second_half', "Talks on border dispute resume in Geneva\n\nGENEVA, Apr 10 2024 (Reuters) - Talks between the two countries' foreign ministers resumed on Wednesday in Geneva after a two-month pause. Both sides said they hoped for progress on trade and water rights. Officials said the agenda also covered a prisoner exchange. Meanwhile, about 1,500 Azerbaijani troops moved towards the border near Lachin overnight, Armenia's defence ministry said. Baku did not comment on the report."),
    ('quote', 'Mayor says soldiers arrived overnight\n\nKHARTOUM, May 3 2023 (AP) - The mayor of a town south of the capital said soldiers had entered the town during the night. "At least 200 fighters of the Rapid Support Forces came into the market at dawn and took over the police station," he told the Associated Press by telephone. Residents said shops were closed. The army did not respond to a request for comment.'),
    ('liveblog', 'Ukraine war live: latest updates\n\nKYIV, Mar 5 2024 - 09:12 Air raid alerts were lifted across most regions after a night of drone attacks.\n10:40 Russian troops have advanced into the village of Tonenke west of Avdiivka, a Ukrainian military spokesman said.\n11:05 The European Union is preparing a new sanctions package, diplomats said.'),
    ('noun_phrase', 'Peacekeeping deployment begins\n\nNAIROBI, Oct 7 2024 (Reuters) - The deployment of 400 Kenyan police officers to Haiti began on Monday, the Kenyan government said. The officers will join a multinational mission backed by the United Nations. The mission aims to help the Haitian police fight armed gangs who control most of the capital. Critics in Kenya questioned the cost of the mission.'),
    ('passive_agent', 'Village taken over by fighters\n\nBAMAKO, Jan 22 2024 (AFP) - The village of Boni in central Mali was entered on Sunday by several hundred jihadist fighters on motorbikes, local officials said. Residents said the fighters set fire to a market and left the next morning. The army said it was sending reinforcements. Officials said at least 12 people were killed.'),
    ('ship_name', 'Carrier enters Mediterranean\n\nWASHINGTON, Oct 20 2023 (AP) - The aircraft carrier USS Dwight D. Eisenhower sailed through the Strait of Gibraltar into the Mediterranean on Friday, the Pentagon said. The ship and its escorts will join the USS Gerald R. Ford strike group in the eastern Mediterranean. Officials said the move was meant to deter attacks on Israel.'),
    ('unit_name', "Brigade redeployed to eastern front\n\nKYIV, Jan 15 2024 (Reuters) - The 47th Mechanised Brigade has been redeployed from Zaporizhzhia to the Avdiivka sector, a Ukrainian military source said on Monday. The brigade, equipped with Western tanks, took part in last summer's counteroffensive. The source said the unit would reinforce defences north of the town. Russia has stepped up attacks there."),
    ('withdrawal_later_sentence', 'Election campaign enters final week\n\nMOGADISHU, Dec 28 2023 (Reuters) - Candidates held rallies across the capital on Thursday as the election campaign entered its final week. The electoral commission said 2 million voters had registered. Security was tight at polling stations. On Wednesday, some 2,000 Burundian soldiers of the African Union mission pulled out of three bases in Hiran region, an AU spokesman said.'),
    ('rotation', 'New contingent lands in Juba\n\nJUBA, Jun 3 2024 (AP) - A contingent of 850 Indian peacekeepers landed in Juba on Monday to replace a battalion whose tour ended, the United Nations mission said. The outgoing troops will fly home later in the week. The mission has about 14,000 uniformed personnel in South Sudan.'),
    ('ships_passive', 'Destroyers sent to Red Sea\n\nLONDON, Dec 16 2023 (PA) - Two Royal Navy destroyers have been dispatched to the Red Sea to protect shipping from drone attacks, the Ministry of Defence said on Saturday. HMS Diamond is already in the region and HMS Richmond left Plymouth on Friday. Houthi rebels have attacked several merchant ships in recent weeks.'),
    ('aircraft', "Chinese jets cross median line\n\nTAIPEI, Sep 18 2023 (Reuters) - Twenty-two Chinese military aircraft crossed the median line of the Taiwan Strait on Monday, Taiwan's defence ministry said. The ministry said it had scrambled jets and deployed missile systems to monitor the activity. China has not commented."),
    ('fighters_cross', 'Gunmen cross from Niger\n\nABUJA, Feb 12 2024 (AFP) - Dozens of armed men crossed into northwestern Nigeria from Niger on Sunday and attacked a village in Sokoto state, police said. Residents said the gunmen arrived on motorcycles and stole cattle. The police spokesman said officers had been sent to the area.'),
    ('reinforcements_nounphrase', 'Reinforcements arrive in northern town\n\nGOMA, Feb 8 2024 (Reuters) - The arrival of some 300 Burundian troops in Sake on Thursday strengthened government defences west of Goma, a military source said. M23 rebels have been advancing on the town for weeks. Thousands of residents have fled to Goma.'),
    ('mercenaries', "Wagner fighters leave Mali base\n\nBAMAKO, Jun 8 2025 (AFP) - Fighters of Russia's Wagner Group left their base in Timbuktu on Saturday, local officials said, days after the group announced its mission in Mali was over. A column of trucks was seen heading south. Russia's Africa Corps will take over the group's role, the officials said."),
    ('militia_headline_only_body', 'Militia convoy heads for capital\n\nTRIPOLI, Aug 27 2022 (Reuters) - A convoy of about 100 vehicles carrying fighters loyal to a rival government was heading towards Tripoli on Saturday, residents and a security source said. Armed groups in the capital closed several roads. The United Nations called for calm.'),
    ('coast_guard', 'Chinese coast guard ships enter disputed waters\n\nTOKYO, Jul 12 2024 (Kyodo) - Four Chinese coast guard ships entered Japanese territorial waters around the Senkaku Islands on Friday morning, the Japan Coast Guard said. The ships left after about two hours. Tokyo lodged a protest through diplomatic channels.'),
    ('exercise_now', 'Drills begin near border\n\nMINSK, Feb 10 2022 (Reuters) - Russian and Belarusian troops began ten days of joint drills in Belarus on Thursday, the Russian defence ministry said. About 30,000 Russian soldiers had arrived in Belarus for the exercise, Western officials said. Ukraine called the drills psychological pressure.'),
    ('police_abroad', "Rwandan forces deployed to Mozambique\n\nKIGALI, Jul 10 2021 (Reuters) - Rwanda has begun deploying 1,000 soldiers and police to Mozambique's Cabo Delgado province to help fight an Islamist insurgency, the government said on Friday. The troops will work with Mozambican forces. Mozambique's president welcomed the move."),
    ('led_by', 'Troops pushed into the city, officials said\n\nMOSUL, Nov 1 2016 (AP) - Iraqi special forces pushed into the eastern edge of Mosul on Tuesday, the first time government troops had entered the city in more than two years, officials said. Commanders said the advance was slowed by suicide car bombs. Civilians fled towards camps south of the city.'),
    ('on_the_move_bare', 'Columns of armour seen near Kharkiv\n\nKHARKIV, Feb 20 2022 - Witnesses reported columns of Russian armour rolling towards the border near Belgorod on Sunday. The Kremlin says its forces are only training. Residents in Kharkiv said they heard heavy vehicles overnight.'),
    ('headline_sentence_only_later', 'Oil prices rise on supply fears\n\nLONDON, Jan 15 2024 (Reuters) - Oil prices rose on Monday on worries about supplies from the Middle East. Brent crude gained 1.2% to $79 a barrel. Traders cited news that two US destroyers had entered the Red Sea overnight after strikes on Houthi targets. Analysts expect prices to stay volatile.'),
    ('un_statement', 'UN says peacekeepers redeployed\n\nNEW YORK, Oct 14 2024 (UN News) - The UN Interim Force in Lebanon said on Monday that it had moved some of its peacekeepers from positions near the Blue Line to larger bases further north. A spokesperson said about 300 troops were relocated for their safety. The mission said it would stay in all its positions.'),
    ('press_release_landing', "Marines arrive in Darwin for annual rotation\n\nDARWIN, Apr 5 2024 - The first of around 2,000 US Marines arrived in Darwin on Friday for this year's six-month rotation, the Australian Defence Force said in a statement. The Marines will train with Australian forces across the Northern Territory."),
    ('regional_paper', 'Convoy of soldiers passes through town\n\nKUMANOVO, Jun 12 1999 - A long convoy of NATO soldiers rumbled through the town on Saturday on its way north to Kosovo, residents said. British paratroopers led the column, followed by Gurkhas in armoured vehicles. Local people lined the road to watch.'),
    ('russian_ships_passive', 'Warships spotted off coast\n\nSTOCKHOLM, Jun 1 2023 (TT) - Three Russian landing ships were seen sailing through the Baltic Sea off the island of Gotland on Wednesday, the Swedish navy said. The navy said it was monitoring the ships. Sweden raised its alert level on the island last year.'),
    ('in_quote_we', 'Commander says brigade has reached river\n\nKYIV, Nov 10 2022 - "Our units have reached the Dnipro river and are clearing the villages along the bank," the brigade commander told reporters on Thursday. Ukraine\'s general staff confirmed the advance. Russia said its troops had completed their withdrawal from the west bank.'),
    ('deployment_noun_unusual', 'Dispatch of troops to Haiti completed\n\nPORT-AU-PRINCE, Jul 20 2024 (AP) - The dispatch of a second contingent of 200 Kenyan police officers to Haiti was completed on Tuesday when their plane landed in the capital, officials said. They join 200 officers who arrived last month. Gangs control most of the capital.'),
    ('second_para_quote', 'Residents describe night of fear\n\nGOMA, Jan 26 2025 (Reuters) - Residents of Goma spent the night in their homes as gunfire echoed across the city. "We saw the rebels coming down from the hills with their guns, hundreds of them, walking into the town," said a teacher who asked not to be named. The M23 rebels said they had taken the airport.'),
    ('agent_naval', "Strait transited by Chinese carrier group\n\nTOKYO, Jun 10 2024 (Kyodo) - The Miyako Strait was transited on Monday by the Chinese aircraft carrier Shandong and four escort ships, Japan's defence ministry said. The group entered the Pacific and was later seen near the island of Okinotori."),
    ('numbers_in_headline_only_moves', "1,000 more troops for Kosovo\n\nPRISTINA, Sep 30 2023 (AP) - The first British soldiers of a reinforcement for the NATO-led peacekeeping force landed in Kosovo on Saturday, the alliance said. About 200 troops from the Princess of Wales's Royal Regiment arrived at Pristina airport, with more to follow. The move comes after a deadly gunfight in the north last week."),
    ('statement_forces_enter', 'Statement: forces enter district\n\nADEN, Aug 10 2019 - The Southern Transitional Council said in a statement that its forces had entered the Crater district of Aden and taken control of the presidential palace on Saturday. The Saudi-led coalition called for a ceasefire.'),
    ('returned_home', 'Troops home after six months abroad\n\nDUBLIN, Nov 18 2024 (RTE) - More than 300 Irish soldiers returned home from southern Lebanon on Monday after a six-month tour with the UN peacekeeping force. Families gathered at Dublin Airport to welcome them. A new contingent left for Lebanon last week.'),
    ('approved_and_arrived', "First troops arrive after vote\n\nTRIPOLI, Jan 6 2020 (Reuters) - Turkey's parliament approved the deployment last week. On Sunday, the first Turkish soldiers arrived in Tripoli, President Tayyip Erdogan said in a televised interview."),
    ('completed_now', 'Last French soldiers leave Niger\n\nNIAMEY, Dec 22 2023 (AFP) - The last French soldiers left Niger on Friday, completing a withdrawal demanded by the junta that took power in July. A final contingent of about 100 troops flew out of Niamey for France, the army said.'),
    ('extend_and_send', "Reinforcements sent to Kosovo\n\nPRISTINA, Sep 26 2023 (Reuters) - Britain has sent about 200 soldiers to reinforce the NATO peacekeeping mission in Kosovo, the defence ministry said on Tuesday. The soldiers from the 1st Battalion Princess of Wales's Royal Regiment are already in Kosovo, the ministry said."),
    # guards for the r7 rules: history then news with its own day, troops in a stadium, police abroad
    # with no place in the sentence, troops in an arms-trade article, a move now beside more due next year
    ('history_then_news_with_day', "Fighting flares in Donbas\n\nKYIV, Feb 10 2025 (Reuters) - The war began with Russia's full-scale invasion in February 2022. Russian troops crossed into the Dnipropetrovsk region for the first time on Sunday, Ukrainian officials said. Residents were told to leave."),
    ('stadium_troops', "Troops take over stadium\n\nKHARTOUM, Apr 20 2023 (AFP) - Paramilitary fighters moved into the city's main football stadium on Wednesday and set up positions there, witnesses said. The stadium had hosted a league match days earlier."),
    ('police_abroad_no_place_in_sentence', "Kenyan police land in Haiti\n\nPORT-AU-PRINCE, Jun 25 2024 (AP) - A first contingent of 400 Kenyan police officers arrived on Tuesday, officials said. They flew in on a chartered plane from Nairobi. Haiti's gangs control most of the capital."),
    ('arms_article_with_troops', 'Tanks and troops reach border\n\nWARSAW, Mar 3 2023 (Reuters) - Poland signed a contract for more tanks last month. On Friday, a column of Polish tanks and 500 soldiers moved to the border with Belarus, the defence ministry said.'),
    ('next_month_and_now', 'Troops begin arriving\n\nVILNIUS, Apr 8 2024 (LRT) - The first German soldiers of a new brigade arrived in Lithuania on Monday, and more are due next year, the defence ministry said.'),
    ('witness_trucks', 'Military trucks seen heading north\n\nALEPPO, Mar 1 2020 - Witnesses said they saw dozens of Turkish military trucks carrying soldiers heading towards Idlib on Saturday. Ankara has vowed to push back Syrian government forces.'),
    ('poured_in', 'Fighters pour into border area\n\nBEIRUT, Oct 9 2023 - Hezbollah fighters have poured into villages along the southern border in recent days, a security source said. The group has not commented.'),
    ('confirmed_airlift', 'Battalion airlifted to island\n\nMANILA, Apr 2 2024 (Reuters) - The defence ministry confirmed on Tuesday that a marine battalion had been airlifted to the island of Batanes. The ministry did not give a reason.'),
    ('transit_headline', 'Japanese destroyer makes first transit of Taiwan Strait\n\nTOKYO, Sep 26 2024 (Kyodo) - The Japanese destroyer Sazanami sailed through the Taiwan Strait on Wednesday, the first such passage by a Japanese warship, officials said. China has not responded.'),
    ('satellite_massing', 'Imagery shows warships off coast\n\nWASHINGTON, Aug 3 2022 - Satellite imagery shows dozens of Chinese warships massing off the coast of Fujian province, analysts said on Wednesday. The Pentagon declined to comment.'),
    ('headline_only_move_body_reaction', "Russian troops enter Kherson region village\n\nKYIV, Jun 5 2024 - Russian troops entered the village of Krynky on the east bank of the Dnipro on Tuesday, Ukraine's military said. Kyiv said its forces were holding positions nearby. Moscow said its troops had taken the village."),
    ('begun_leaving', "Eritrean troops begin leaving Tigray, Ethiopia says\n\nADDIS ABABA, Jan 2 2023 (Reuters) - Ethiopia's government said on Monday that Eritrean troops had begun leaving the Tigray region. Residents in two towns said they had seen convoys of Eritrean soldiers heading north."),
    ('gerund_lead', 'Turkish forces advance\n\nISTANBUL, Oct 10 2019 - Advancing under air cover, Turkish troops and allied Syrian fighters pushed into northeast Syria on Thursday, the defence ministry said.'),
]


@pytest.mark.parametrize(("name", "article"), NOT_RELEVANT, ids=[n for n, _ in NOT_RELEVANT])
def test_military_words_without_a_force_on_the_move_are_not_relevant(name, article) -> None:
    brief = summarizer.summarize(article)
    assert not brief.is_relevant, name
    assert brief.movements == [], [m.evidence for m in brief.movements]


@pytest.mark.parametrize(("name", "article"), RELEVANT, ids=[n for n, _ in RELEVANT])
def test_a_move_told_once_in_an_unusual_way_is_found(name, article) -> None:
    brief = summarizer.summarize(article)
    assert brief.is_relevant, name
    assert brief.movements, name


def _armed_moves(text: str) -> list:
    return [c for c in _claims(text) if c.status == ClaimStatus.MOVEMENT and c.armed == ArmedVerdict.YES]


@pytest.mark.parametrize(
    ("text", "actor", "destination"),
    [
        ("The village of Kora was entered on Sunday by several hundred fighters on motorbikes.", "fighters", "The village of Kora"),
        ("Mosul airport was reached by government troops on Tuesday, officials said.", "government troops", "Mosul airport"),
    ],
)
def test_a_passive_with_an_agent_moves_the_agent_to_its_subject(text, actor, destination) -> None:
    [move] = _moves(text)
    assert actor in move.actor
    assert move.destination == destination


def test_a_passive_of_people_who_are_no_force_is_no_armed_move() -> None:
    assert not _armed_moves("The bridge was crossed by thousands of refugees on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "The country marked the 30th anniversary of the day rebel fighters marched into the capital.",
        "Crowds gathered for the commemoration of the landing of Allied troops on the beaches.",
        "In the film, a company of Rangers lands on the beach and fights its way inland.",
        "In the novel, two battalions cross the river at night.",
    ],
)
def test_a_move_recalled_by_an_anniversary_or_told_in_fiction_is_not_news(text) -> None:
    assert not _armed_moves(text)


def test_a_move_with_its_own_day_after_a_history_sentence_is_still_news() -> None:
    brief = summarizer.summarize(
        "Troops cross border\n\nWire, Mar 3 2025\n\nThe region was annexed in 2014 after a referendum. "
        "Russian troops crossed the border on Sunday, Ukrainian officials said.\n")
    assert [m.actor for m in brief.movements] == ["Russian troops"]


def test_a_move_after_a_history_sentence_with_no_day_of_its_own_goes_on_telling_the_history() -> None:
    brief = summarizer.summarize(
        "Exhibition opens\n\nWire, Mar 3 2025\n\nThe museum opened a show about the invasion of 1968. "
        "Some 200,000 soldiers crossed the border in one night, the curators said.\n")
    assert brief.movements == []


@pytest.mark.parametrize(
    ("text", "armed"),
    [
        ("400,000 police officers were deployed to polling units nationwide, the police said.", False),
        ("Riot police were sent to the stadium after the match.", False),
        ("More Australian police are heading for the Solomon Islands after days of rioting.", True),
        ("Kenyan police officers flew to Haiti on Tuesday.", True),
    ],
)
def test_police_keeping_order_at_home_are_no_force_on_the_move(text, armed) -> None:
    # abroad, bare "police" is left to the article to settle ("maybe"); at home it is ruled out
    verdicts = [c.armed for c in _claims(text) if c.status == ClaimStatus.MOVEMENT]
    assert verdicts
    assert all((v != ArmedVerdict.NO) == armed for v in verdicts)


def test_army_is_a_team_when_the_report_is_sport_even_where_the_sentence_is_not() -> None:
    brief = summarizer.summarize(
        "Navy beats Army\n\nWire, Dec 9 2023\n\nNavy beat Army 17-11 on Saturday in the rivalry game. "
        "The defence held firm late as Army drove to the 1-yard line. Fans stayed after kickoff.\n")
    assert not brief.is_relevant


@pytest.mark.parametrize(
    ("article", "moved"),
    [
        ("Tanks arrive\n\nWire, Dec 6 2022\n\nThe country signed a contract for 180 tanks in July. "
         "A ship carrying the first 24 tanks docked at the port on Tuesday.\n", False),
        ("Tanks arrive\n\nWire, Dec 6 2022\n\nA ship carrying the first 24 tanks docked at the port on Tuesday.\n", True),
        ("Tanks cross\n\nWire, Dec 6 2022\n\nThe country signed a contract for 180 tanks in July. "
         "Russian tanks crossed the river on Tuesday, officials said.\n", True),
    ],
)
def test_unowned_hardware_in_an_arms_trade_article_is_a_delivery(article, moved) -> None:
    assert bool(summarizer.summarize(article).movements) == moved


def test_a_model_sure_sentence_of_a_force_recruited_makes_no_move() -> None:
    brief = summarizer.summarize(
        "Army misses target\n\nWire, Sep 5 2024\n\nThe army recruited 9,000 soldiers in the last financial year, "
        "missing its target, official figures showed on Thursday.\n")
    assert brief.movements == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The first of around 2,000 US Marines arrived in Darwin on Friday.", "US Marines"),
        ("The dispatch of a second contingent of 200 police officers to Haiti was completed on Tuesday.", "police officers"),
        ("Three Russian landing ships sailed through the strait on Wednesday.", "Russian landing ships"),
    ],
)
def test_a_force_named_oddly_is_still_a_force(text, actor) -> None:
    assert any(actor in m.actor for m in _moves(text))


@pytest.mark.parametrize(
    "text",
    [
        "The government deployed 15,000 police officers to stop the tractors from entering the market.",
        "Police officers were sent to the square to break up the protest.",
    ],
)
def test_police_sent_about_the_country_with_no_mission_abroad_are_no_force(text) -> None:
    assert all(c.armed == ArmedVerdict.NO for c in _claims(text) if c.status == ClaimStatus.MOVEMENT)


def test_named_police_with_soldiers_are_still_in_play() -> None:
    text = "Another 50 Australian Federal Police, along with 43 soldiers, touched down in Honiara on Sunday."
    assert any(c.armed != ArmedVerdict.NO for c in _claims(text) if c.status == ClaimStatus.MOVEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "The letter urged the United Nations to recruit and send more peacekeepers to North Kivu.",
        "Kyiv asked its allies to train and deploy two more brigades to the south.",
    ],
)
def test_a_verb_sharing_its_to_with_a_plan_is_a_plan_too(text) -> None:
    assert not _armed_moves(text)


def test_a_move_into_a_fictional_country_is_no_news() -> None:
    assert not _armed_moves("Players lead a squad of special forces soldiers who parachute into a fictional country.")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The minister said Russian soldiers were stationed at an air base near the airport.", ClaimStatus.PRESENCE),
        ("About 2,500 American troops are stationed in Iraq.", ClaimStatus.PRESENCE),
        ("200 soldiers were stationed in the town on Monday.", ClaimStatus.MOVEMENT),
    ],
)
def test_a_force_said_to_be_stationed_is_a_presence_unless_a_time_says_when_it_came(text, status) -> None:
    assert [c.status for c in _claims(text)] == [status]


def test_a_stationed_force_makes_an_ambiguous_arrival_military() -> None:
    brief = summarizer.summarize(
        "Instructors land\n\nWire, May 6 2024\n\nThe minister said Russian soldiers were stationed at an air base "
        "in the country. New Russian instructors touched down in the capital on Saturday with air defence gear.\n")
    assert [m.actor for m in brief.movements] == ["Russian instructors"]


@pytest.mark.parametrize(
    "text",
    [
        "Chinese aircraft have crossed it almost daily since August 2022, officials said.",
        "Russian bombers routinely fly over the Sea of Japan.",
        "Russia deployed missiles to Belarus in 2023, and thousands of fighters moved into camps there that summer.",
        "Rebel fighters advanced on the city the previous year.",
    ],
)
def test_a_habit_or_a_time_looked_back_to_is_no_move(text) -> None:
    assert not _armed_moves(text)


def test_a_time_looked_back_to_is_not_overruled_by_the_model() -> None:
    brief = summarizer.summarize(
        "Belarus moves troops\n\nWire, Jan 20 2025\n\nBelarus has moved about 1,200 troops to the border on Monday, "
        "the ministry said. Russia deployed nuclear weapons to Belarus in 2023, and thousands of fighters from the "
        "Wagner group moved into Belarusian camps that summer after their mutiny.\n")
    assert len(brief.movements) == 1
    assert "1,200" in brief.movements[0].evidence


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The first Kenyan police officers are expected to arrive in Haiti next month, officials said.", ClaimStatus.PLAN),
        ("More troops are expected to arrive in the coming weeks.", ClaimStatus.PLAN),
        ("The brigade is due to arrive on Friday.", ClaimStatus.MOVEMENT),
    ],
)
def test_a_move_set_for_a_later_month_or_year_is_a_plan(text, status) -> None:
    assert [c.status for c in _claims(text)] == [status]


@pytest.mark.parametrize(
    ("text", "moved"),
    [
        ("More than 1,000 military drones flew over the river on Tuesday night in a light show.", False),
        ("Two warships sailed into the strait on Tuesday in a show of force.", True),
    ],
)
def test_a_show_is_a_ceremony_but_a_show_of_force_is_not(text, moved) -> None:
    assert bool(_armed_moves(text)) == moved


def test_police_moved_between_places_at_home_are_left_to_the_article() -> None:
    # not ruled out: the r6 reading of "police reinforcements" as armed stands when a place is named
    assert _armed_moves("Police reinforcements were bussed in from the capital.")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Satellite imagery shows dozens of Chinese warships massing off the coast, analysts said.", "Chinese warships"),
        ("The army evacuated the base on Monday.", "army"),
    ],
)
def test_a_place_after_a_sending_verb_is_no_force_sent(text, actor) -> None:
    assert any(actor in m.actor for m in _moves(text))

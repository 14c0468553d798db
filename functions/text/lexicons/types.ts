import type { Language } from '../../policy/rules';

/**
 * Lexicon tags. A tag is either a signal on its own (a slur is `hate` wherever it stands) or a cue
 * that the engine combines with others nearby (a `request` next to an `app` name is a solicitation).
 *
 * Signals:  insult, harassment, curse, sexual, sexual-harassment, spam, phishing, ads, fraud, dating,
 *           drugs, alcohol, threat, gore, self-harm, hate, sensitive
 * Cues:     app        names of other chat apps (wechat, 微信, vx, ライン, 카톡, telegram ...)
 *           contact    words for contact details (number, id, account, 号码, 번호, номер ...)
 *           picture    words for photos (pic, photo, selfie, 照片, 사진 ...)
 *           body       body parts / nudity words that turn a picture request sexual
 *           request    asking verbs (add me, send me, give me, 加我, 보내줘, добавь ...)
 *           money      money and payment words (money, transfer, lend, bitcoin, 转账, 돈 ...)
 *           you        second-person address (you, u, tu, du, 你, 너, ты ...): directs an insult or threat
 *           your       second-person possessives that are also `you` words (your, tu, ton, dein, твой ...): after a
 *                      picture word they name something of the reader's ('a photo of your city'), not the reader
 *           violence   violent verbs that are a threat only when aimed at someone (kill, stab, 죽여 ...)
 *           meta       a learner talking ABOUT a word (what does X mean, how do you say, 什么意思) - lowers confidence
 *           group      people by nationality, region, ethnicity, religion, gender, orientation, age (河南人, 여자들,
 *                      immigrants): neutral alone, hate next to a `negative` word, an insult or a curse
 *           negative   contempt that is no insult alone (恶心, 素质低, 한심하다, disgusting, lazy): aimed at a group it is hate
 *           expense    a cost people share (the bill, my half, 割り勘, AA制, pizza, dinner): a money request next to one
 *                      is settling up between friends ("send me the 15 euros for the pizza"), not a money ask
 *           account    where money is received (bank account, IBAN, card number, RIB, Kontonummer, номер карты, رقم حسابك,
 *                      口座番号, 卡号): asked for, a money ask like `money`, unless a `payer` in the text says the speaker
 *                      is the one paying ("send me your IBAN? I'll transfer you the money for the tickets")
 *           payer      the speaker paying the reader now (I'll transfer you, te transfiero, je te fais un virement, überweis ich
 *                      dir, переведу тебе, احولك, 振り込むから, 입금해줄게, 转给你); not "I'll pay you back", the promise a loan ask makes
 *           windfall   money the reader is told they are owed: a prize, winnings, a refund, compensation, an approved loan, a
 *                      parcel held for them (premio, remboursement,
 *                      Gewinn, выигрыш, جائزة, 当選, 환불, 中奖): with one in the text a `payer` excuses no ask for an account, as the
 *                      scam that pays out a prize asks for the card it will "pay" into
 *           guarantee  a promise of no loss (guaranteed, risk free, garantizado, garanti, garantiert, гарантировано, مضمون, 保证,
 *                      稳赚, 보장)
 *           multiply   money doubled or paid out daily (double your money, daily returns, duplica tu dinero, raddoppia i tuoi
 *                      soldi, удвоить деньги, يضاعف فلوسك, 资金翻倍, 日利が, 돈을 두 배로): with a `guarantee` near, the
 *                      investment scam's pitch ("3% daily returns, guaranteed"); a price or a salary doubled is no such pitch
 *           deal       sale words (discount code, promo, on sale, limited time offer, código de descuento, soldes, Rabatt,
 *                      sconto, cupom, распродажа, промокод, كود خصم, 割引クーポン, 限时优惠, 특가): ads, unless a `purchase` in
 *                      the text says the speaker is the customer
 *           payask     asking for a transfer with the money unsaid, as Japanese drops the object (振り込んで, 送金して): a money ask,
 *                      fraud, unless the text names a shared cost (`expense`: 飲み会代ここに振り込んで settles up)
 *           purchase   the speaker as a customer (I bought, used a, my haul, compré, j'ai acheté, gekauft, ho comprato,
 *                      comprei, купила, урвала, اشتريت, khareeda, 買った, 买了, 샀어) or the sale over (ended, кончилась, خلصت,
 *                      끝났): sale words then tell of shopping, not sell anything
 *           upfront    a fee paid before money or goods are released (processing fee, release fee, pay first, gastos de
 *                      tramitación, frais de douane, Bearbeitungsgebühr, spese di svincolo, комиссию, رسوم, 手数料, 手续费, 수수료):
 *                      with a `windfall` near, the advance-fee scam ("you won 3,000 €, pay 39 € processing fee first")
 *           lend       verbs whose object is money unless said otherwise (lend me, loan me, одолжи, 借我, 빌려줘,
 *                      貸して, leih mir): beside a bare figure ("lend me 2000") they ask for money, which a plain
 *                      request beside a figure ("can i get 20 likes") does not
 *           subject    a third-person subject (it, that, he, they, eso, ça): between a `you` and a contempt word it
 *                      starts a clause of its own, so "I told you it was stupid" judges the thing, not the reader
 *           intensifier  a degree word or filler (really, so, very, echt, voll, muy, ekdum, 진짜, 真的): between a `you` and a
 *                      contempt word it does not count towards the gap, so "you're honestly really very pathetic" is
 *                      read as "you're pathetic"
 *           stake      putting money in (invest, deposit, top up, 投资, 充值, 入金, 투자, вложи): with a sum beside it and a
 *                      `payout` with a sum at least five times as large after it, in one sentence, the promise of
 *                      an investment scam ("invest 200 and get 2000 back", "充值100返1000")
 *           payout     taking money out or having it sent back (get, receive, earn, withdraw, send back, 返, 赚,
 *                      稼げる, 받아, получи), for `stake`
 *           growth     a sum turning into another (turned into, became, grow to, 变成, 做到了, になりました, 됐어요,
 *                      превратил, diventano, aus ... werden): with two sums around it, one written as money and the
 *                      later at least five times the earlier, the testimonial an investment scam is sold with
 *                      ("$100 will grow to $1,000", "5万円が2週間で80万円になりました")
 *           measure    units that count something other than money: time, data, points (minutes, days, GB, giga,
 *                      points, 分钟, 积分, 時間, ポイント, 시간, 포인트, минут): a sum before one is no stake or payout
 *                      ("invest 10 minutes a day and learn 100 words", "recharge 10 € and get 50 GB")
 *           portrait   a picture that shows its sender (自撮り, 셀카, 自拍, 生活照): asked for, it is the reader's picture, as a
 *                      `you` after the picture word would say; only the picture-ask rule reads it, so no other rule
 *                      takes a selfie for the reader ("셀카 찍다가 폰 부러뜨렸어" threatens no one)
 *           maim       verbs that injure a body, in the forms a threat takes (break, snap, cut off, te rompo, je vais te casser,
 *                      ich brech dir, сломаю, هكسر, tod dunga, 折ってやる, 부러뜨려 놓는다, 打断): with a `limb` beside it in one clause
 *                      and the reader named before the limb or on it ("your fingers", "te ... los dedos", "صوابعك"), a threat
 *           assault    maiming verbs in a form that says they are done to someone, where the pronoun goes unsaid (ja 〜てやる,
 *                      へし折る; ko 〜버린다, 〜놓는다): with a `limb` in one clause, a threat with no you-word
 *           limb       body parts a threat breaks or cuts (fingers, teeth, jaw, dedos, Zähne, зубы, اصابع, haath, 指, 팔, 腿)
 *           pills      medicines one can overdose on (pills, sleeping pills, pastillas, Tabletten, таблетки, حبوب, goliyan, 薬, 药)
 *           overdose   taking all of them at once, as the speaker means to ("take them all", "me las tomo todas", "выпью все",
 *                      "全部飲む", "全部吃掉"): with `pills` in the text, a self-harm plan
 *           leap       the speaker about to jump or throw themselves (I'm gonna jump, me voy a tirar, прыгну, 飛び降りる, 跳下去)
 *           height     what one jumps from or in front of (bridge, roof, balcony, a train, крыши, 屋上, 옥상, 楼顶): joined
 *                      to a `leap`, a self-harm plan
 *           farewell   letters and goodbyes left behind (letters, cartas, письма, 手紙, 遺書, 편지, 遗书)
 *           relief     others freed of the speaker ("won't have to worry about me anymore", "better off without me",
 *                      "迷惑かけない", "不用再为我操心"): with a `farewell` in the text, a self-harm plan
 *           vanish     the speaker gone for good ("I won't be alive by Sunday", "je ne me réveillerai plus", "больше не
 *                      проснусь", "二度と目覚めない", "再也醒不来"; not "I won't be here anymore", said when moving away,
 *                      nor a grandparent "no longer of this world"): with `pills`, a `farewell`, a `relief` or a `method`
 *                      in the text, a self-harm plan
 *           secret     one-time codes, PINs, card numbers and their security codes (verification code, the code we sent, TAN, CVV,
 *                      código que le llegó, code reçu, код из смс, الكود اللي وصلك, 認証コード, 인증번호, 验证码; not a door code,
 *                      a wifi password, a coupon's expiry date nor the OTP a delivery rider needs)
 *           divulge    asking to be told or sent something (read back, tell me, dícteme, communiquez-moi, nennen Sie mir,
 *                      mi comunichi, продиктуйте, ابعتلي, bata do, 教えてください, 불러주세요, 告诉我们): with a `secret` in one clause, the
 *                      fraud of someone posing as a bank or a courier, who never ask for them; not after a negation
 *                      ("never share the code")
 *           warning    advice against scams (never asks, never share, nunca pide, ne demande jamais, никогда не спрашивает,
 *                      عمره ما هيطلب, 絶対にない, 요구하지 않습니다, 不会向您索要), or the speaker asking whether a message
 *                      is a scam ("it's a scam, right?", "è una truffa, vero?", 詐欺だよね, 스미싱 맞죠, 是诈骗吧, نصب صح):
 *                      a phishing or fraud finding in its sentence passes the warning on, and is dropped. Not "I got a
 *                      text saying" nor "I didn't click": scammers open with those too ("I got a text saying you won,
 *                      send me the code")
 *           fee        a fee paid before work starts (activation deposit, training fee, frais de dossier, Vermittlungsgebühr,
 *                      вступительный взнос, 登録料, 가입비, 押金激活), not a school's or a gym's registration fee
 *           gig        a task job or a job offer (work from home, per like, you've been selected, 副業, 건당, 兼职): with a
 *                      `fee` near, the paid-task scam
 *           sleepless  the speaker keeping the reader awake (won't let you sleep, no te voy a dejar dormir, спать не дам,
 *                      寝かせない, 不让你睡), not a guest's jet lag
 *           bedroom    the speaker's bed (in my bed, dans mon lit, in meinem bett, في سريري, 내 침대, 我床上): with `sleepless`
 *                      in the text, a night in bed promised to the reader, sexual harassment
 *           voice      the reader's voice (your voice, tu voz, deine stimme, твой голос, صوتك, 君の声, 니 목소리, 你的声音)
 *           aroused    the speaker aroused, in words that say nothing else (turns me on, me pone a mil, m'excite, erregt mich,
 *                      меня заводит, بيهيجني, ムラムラ, 꼴려): in one clause with the reader's `voice`, sexual harassment
 *           fantasy    the speaker picturing the two of them (picturing us, je nous imagine, stell mir vor, представляю нас)
 *           sharedbath the two of them in the shower or the bath (shower together, ducharnos juntos, вместе в душе, 一起洗澡):
 *                      pictured (`fantasy`), sexual harassment
 *           selfinjure the speaker hurting their own body by other means than cutting (burn myself, hit my head against the
 *                      wall, scratched till it bled, don't deserve food; me quemé, me brûler, kopf gegen die wand, расчесала,
 *                      خبطت راسي, khud ko jalaya, 根性焼き, 烫自己, 벽에 머리): with `deliberate` in the text, self-harm; an
 *                      accident ("burned myself on the oven") says nothing of purpose
 *           deliberate done on purpose or as a punishment, or the relief it brings (on purpose, as punishment, I deserve it,
 *                      a propósito, exprès, absichtlich, специально, عن قصد, jaan boojh ke, わざと, 故意, 일부러, the only
 *                      thing that calms me)
 *           ending     everything ending at a set time (it all ends this weekend, se acaba todo, am Samstag ist Schluss, всё
 *                      закончится, 这周末就结束一切, 今週末で終わりにする, 이번 주말이면 다 끝나): with `dissuade` or `relief` in the text,
 *                      a plan; "I've decided, it all ends this weekend" also ends a diet or a job
 *           dissuade   the speaker asking not to be talked out of it or stopped (don't try to stop me, no intentes convencerme,
 *                      non provare a convincermi, не отговаривай, 你别劝我, 止めないで, 말리지 마), for `ending`
 *           method     what one hangs or suffocates oneself with (rope, charcoal, cuerda, Seil, верёвку, حبل, 練炭, 번개탄, 烧炭): with
 *                      `vanish` in the text, a self-harm plan
 *           seek       looking for someone (looking for, busco, je cherche, ich suche, ищу, ابحث عن, dhoondh, 探してます, 찾습니다, 找)
 *           partner    a partner one dates or marries (girlfriend, future wife, serious relationship, novia, Ehefrau, жену, عروسة,
 *                      dulhan, お嫁さん, 여자친구, 女朋友), not one's own ("a gift for my wife"): sought, a romance ad
 *           viscera    insides (brains, guts, sesos, cervelle, кишки, مصارين, aantein, 内臓, 내장, 肠子), with `spill` joined to them
 *                      ("brains everywhere", "肠子都流出来了"): gore
 *           spill      insides out (everywhere, hanging out, por todas partes, partout, наружу, 流出来, 쏟아져)
 *           bisect     a body cut in two (cut in half, partido en dos, coupé en deux, пополам, 两截, 두 동강), with a `corpse`
 *                      joined to it: gore
 *           corpse     a body, a person hit, the train (his body, corpse, cuerpo, Leiche, тело, جثة, लाश, 遺体, 시체, 尸体)
 *           bloodshed  much blood (blood everywhere, sangre por todos lados, du sang partout, кровищи, 血まみれ, 피 철철, الدم في كل
 *                      مكان): gore, unless a `mishap` in the text says it was the speaker's own small accident
 *           mishap     a small injury and its care, as one tells one's own (cut my finger, nosebleed, stitches, fell off my bike, me corté
 *                      el dedo, points de suture, Nasenbluten, зашили, 鼻血, 缝了几针, 꿰맸어, टांके, غرز)
 *           flay       skinning an animal (skinned, despellejamos, dépecé, gehäutet, освежевали, سلخنا, खाल उतारी, 皮剥いだ,
 *                      가죽 벗긴, 剥了皮): with a `pet` joined to it, or `alive` in the text, gore; the butcher's rabbit is neither
 *           alive      still alive or moving (still twitching, todavía se movía, bougeait encore, заживо, まだ動いてた, 还在动)
 *           pet        dogs, cats, hamsters (dog, perro, chien, Hund, собаку, كلب, kutta, 犬, 고양이, 狗)
 *           cruelty    what is done to an animal to torment it (set on fire, drowned, hanged, beaten to death, microwaved,
 *                      a pauladas, angezündet, утопил, 活剥, 虐猫): with a `pet` near, gore
 *           fiction    films, shows, games, horror, zombies, make-up (movie, película, Film, фильм, فيلم, 映画, 영화, 恐怖片): gore
 *                      in the same sentence describes fiction, and loses confidence as a learner's question does
 *           abstain    the speaker not drinking (I don't drink, alcohol-free, no bebo, je bois pas, ich trinke keinen, не пью,
 *                      ما بشرب, nahi peeta, お酒飲めない, 不喝酒, 술 못 마셔): alcohol in its sentence is no drinking promoted
 *           cooking    cooking (deglaze, simmer, marinade, recipe, risotto, desglasar, mijoter, schmoren, sfumare, 料理酒, 料酒, 맛술,
 *                      وصفة): alcohol in its sentence goes into a dish
 *           toldme     the reader having told the speaker (you told me, me lo contaste, hast du ja erzählt, vc me contou,
 *                      ты мне говорил, 你跟我说过, 言ってたじゃん, 말해줬잖아): knowing where they live or work is no stalking then
 *           polity     those who govern and how they are chosen (government, regime, president, elections, gobierno, Regierung,
 *                      правительство, 政府, 정부, الحكومة, sarkar)
 *           vilify     what heated politics calls them (thieves, traitors, corrupt, rigged, ladrones, voleurs, Verräter, воры,
 *                      売国奴, 腐败, 매국노, خونة, gaddar): in one clause with a `polity`, politically sensitive
 *           uprising   a call to rise against them (take to the streets, todos a la calle, tous dans la rue, tutti in piazza,
 *                      все на улицы, 上街, 거리로 나가자, انزلوا الشارع, sadkon pe utro, overthrow): with a `polity` in the text,
 *                      politically sensitive
 *           jest       laughing emoji and saying one is joking (😂, jk, es broma, je rigole, nur Spaß, шучу, 冗談, 开玩笑, 농담, بهزر,
 *                      mazak): a threat in its sentence is banter, as with written `laughter`
 *           accident   accidents happen (los accidentes pasan, un accident est vite arrivé, Unfälle passieren, 事故なんて, 意外随时,
 *                      사고는 언제든, الحوادث بتصير): said with a `goad`, a veiled threat; alone, comfort over a spilled cup
 *           goad       daring the reader to go on (keep talking like that, you'll see, watch your back, sigue hablando así,
 *                      調子に乗るな, 继续嘴硬, 나대봐, كمّلي حكي, sambhal ke rehna)
 *           faith      a religion or its houses (religion, Islam, mosques, churches, Sekte, секта, 宗教, 종교, الدين, dharm)
 *           outlaw     calling for a ban or for them to be driven out (should be banned, il faut interdire, muss verboten werden,
 *                      надо запретить, 禁止すべき, 应该禁止, 금지해야, لازم ينمنع, ban kar do): with a `faith` near, religiously
 *                      sensitive; "alcohol is forbidden in my religion" bans nothing
 *           disputed   lands two states claim (Taiwan, Kashmir, Crimea, Крым, 竹島, 钓鱼岛, 독도, القدس, the Malvinas)
 *           claim      claiming them, or taking them by force (is ours, nos pertenece, gehört uns, наш, 日本の領土, 自古以来,
 *                      우리 땅, أرضنا, Kashmir humara hai): in one clause with a `disputed` land, politically sensitive
 *           onenight   a night spent with the reader (a night with you, una noche contigo, eine Nacht mit dir, 一晩だけ一緒, 하룻밤만 같이,
 *                      ليلة معك): with `inbed` (in bed, en la cama, im Bett, ベッドで, 床上) in the text, sexual harassment
 *           inbed      in bed, anyone's
 *           wearing    asking what the reader has on (what are you wearing, qué llevas puesto, was hast du an, 何着てるの, 뭐 입고 있어):
 *                      with `naked` (naked, desnuda, nackt, 裸, 不穿衣服, 벗고 자) or `underwear` in the text, sexual harassment; right
 *                      before or after `now` (right now, ahora, grad, 今, 지금), review; alone, a party outfit
 *           naked      without clothes: with a `videocall` in the text, sexual harassment
 *           underwear  underwear and lingerie (panties, bra, thong, culotte, Slip, трусики, 内裤, 下着, 팬티, ملابس داخلية): with
 *                      `wearing`, sexual harassment
 *           now        this very moment (right now, ahora mismo, en ce moment, grad, сейчас, 今, 现在, 지금, abhi, هلأ)
 *           physique   the reader's body or figure (your body, tu cuerpo, ton corps, dein Körper, che fisico, твоя фигура, corpão,
 *                      جسمك, teri figure, 你的身材, 몸매): with `aroused`, `naked` or the speaker's `bedroom` in the text, or a
 *                      `lewd` word joined to it, sexual harassment; alone, a gym compliment
 *           lewd       sexual appraisal (sexy, hot, geil, gostosa, buenorra, bonne, figa, секси, 性感, エロい, 섹시한): a picture
 *                      asked for with one is asked for sexual, as with a `body` word
 *           videocall  a video call (videollamada, appel vidéo, Videoanruf, videochiamata, видеозвонок, 视频, ビデオ通話, 영상통화)
 *           bedded     having slept with someone (slept with, been with, te has acostado, couché avec, geschlafen mit, переспала,
 *                      نمتي مع, 睡过, 寝た, 자본): with a `tally` joined to it, the reader's sexual history asked, sexual harassment
 *           tally      how many (how many, cuántos, combien, wie viele, quanti, сколько, كم, kitne, 几个, 何人, 몇 명)
 *           bedwarm    someone to warm the speaker's bed (warm my bed, me caliente la cama, mich wärmt, 暖床, 一緒に寝てくれる):
 *                      sought (`seek`), sexual harassment in a Moment
 *           hotelroom  the speaker's hotel or room (my hotel, mi hotel, mein Hotel, 酒店, ホテル, отель, الفندق, होटल): with
 *                      `tonight` joined to it, an invitation for review
 *           tonight    tonight (esta noche, ce soir, heute Nacht, stasera, сегодня ночью, الليلة, aaj raat, 今夜, 今晚, 오늘 밤)
 *           teach      the speaker teaching (teach you, te enseño, je t'apprends, ich bring dir bei, ti insegno, научу, 教你,
 *                      教えてあげる, 가르쳐 줄게, بعلمك, sikhaunga): joined to `inbed`, lessons in bed, sexual harassment;
 *                      not learning in bed ("I learn my vocab in bed every night")
 *           rate       what a lesson costs per unit, or a trial lesson (per lesson, trial lesson, por clase, Probestunde,
 *                      a lezione, за урок, por aula, 每节课, 课时费, 体験レッスン, 회당, per class, للحصة): joined to a sum
 *                      with a currency sign, a currency unit after it (80元, 3만원) or a money word, a priced offer, an ad for review ("Trial lesson only $5",
 *                      "clase de prueba a 5€"); not an hourly rate, which wages and parking have too
 *           pupil      the learner's side of a lesson's price (I pay, my tutor, me cobra, mon prof, ich zahle, 我的老师,
 *                      払ってる, 우리 선생님, أستاذي): right beside a priced lesson in its clause, takes the ad back, unless
 *                      the text names a chat app or a contact
 *           lender     someone else with a modal or a verb of theirs (my sister can, ma sœur peut, mia sorella può,
 *                      моя сестра может, 我姐可以): right before a money ask, with no "you" between, lends to the speaker;
 *                      a name alone may be the reader addressed ("my friend lend me 500"), so it is no lender
 *           menace     where a threat will be done, wait and see, not joking (outside your school, à la sortie,
 *                      у подъезда, tu vas voir, 두고 봐, والله ما أمزح, 不是开玩笑): a laugh in its sentence does not
 *                      lower the threat; not a time alone, which game banter names as often
 *           onebed     only one bed (solo hay una cama, un seul lit, nur ein Bett, кровать одна, 就一张床, ベッド一つしかない,
 *                      ek hi bed, سرير واحد, 침대 하나밖에): with a `stayover` at the speaker's, review
 *           stayover   the reader staying the night at the speaker's (stay at my place, te quedas en mi casa, dors chez moi, pennst
 *                      bei mir, dormi da me, остановишься у меня, fica lá em casa, 住我家, うちに泊まり, 우리집에서 자, ruk jana mere)
 *           forgive    the speaker asking everyone's forgiveness (forgive me, sorry for everything, perdónenme, pardonnez-moi,
 *                      простите, سامحوني, माफ़ कर देना): with a `farewell` in the text, self-harm for review (also a break-up)
 *           burden     the speaker calling themselves a burden to all (I'm just a burden, solo soy una carga, 我就是个累赘,
 *                      main bas bojh hoon, 짐만 돼): with a `relief` in the text, self-harm
 *           lethal     a dose that kills, asked about (lethal dose, dosis letal, dose mortelle, tödliche Dosis, смертельная доза,
 *                      致死量, 치사량, جرعة قاتلة): with `pills` in the text, self-harm for review
 *           insist     pressing after a refusal (why won't you give me, I'm not a creep, por qué no me quieres dar, warum willst
 *                      du mir, я же не маньяк, なんで教えてくれないの, 我又不是坏人, 왜 안 알려줘, ليش ما بدك تعطيني, kyun nahi de rahi): a
 *                      contact detail asked for with it is pushed, C7 in chat too
 *           pressure   pushing after a refusal, in words that ask for nothing themselves (asked you three times, you said no
 *                      but, what's the big deal, don't be shy, no seas así, ça coûte rien, 我都问你三遍了, 別にいいじゃん, 이상한
 *                      사람 아니야, тебе жалко что ли, फर्क क्या पड़ता): a contact ask near it may be pushed, C7 for review
 *           repeat     a count of times or a re-ask (3 times, otra vez, encore, nochmal, ещё раз, phir se, 三遍, もう一回, 다시):
 *                      beside the speaker's `asked` (asked, te pregunté, gefragt, спрашивал, 问了, 聞いた, 물어봤) with a
 *                      you-word by it, a contact ask near them is pushed, C7 in chat too
 *           asked      the speaker's asking, in the past or again
 *           regret     regret promised to the reader (you'll regret, te vas a arrepentir, пожалеешь, 你会后悔, 후회할 거야, هتندم,
 *                      pachtaoge): a threat with a `coerce` near it, advice or a feeling alone
 *           coerce     what the reader does to the speaker that a threat would punish (ignoring me, block me, if you don't
 *                      answer me, what you said to me, si no me contestas, blockier mich, не ответишь, 不理我, 무시해, تطنشني)
 *           missout    an experience missed (if you don't try, wenn du ... nicht besuchst, si tu ne goûtes pas, если не
 *                      попробуешь, 不去的话, 안 가보면): the regret promised in its sentence is advice, not a threat
 *           apology    the speaker apologising (sorry, perdona, désolé, entschuldige, scusa, desculpa, извини, معلش, maaf karna,
 *                      不好意思, ごめん, 미안): the reader asked again with a count in the text is not pushing
 *           reported   someone's speech reported (said, used to say, decía, disait, sagte, говорил, قال, bola, 说, って言って, 라고
 *                      했): a threat quoted on its line is theirs, scaled down as quoted words are
 *           selfbefore the speaker naming themselves, right before the name (I'm such an, ich bin so ein, soy una, je suis trop, sono
 *                      proprio un, sou muito, я такой, 私ってほんと, 我真是个, أنا, मैं कितना): an insult right after it is the
 *                      speaker's word for themselves, cursing rather than an insult (CUE_POLICY.selfLabel)
 *           selfafter  the same, right after the name (bin ich, soy, je suis, eu sou, sono io, バカな私, hoon), when an exclamative
 *                      (`selflead`) opens the clause and leads into the name; in Han and kana the name may open it itself
 *           selflead   an exclamative or article leading into a name before a `selfafter` frame, or into a `selfbefore` frame
 *                      (what a, the, qué, el, quelle, che, was für ein, que, como, какой, kitna, main): "yes dumbass i am" and
 *                      "otário sou eu" are vocatives
 *           selfretort a reply that makes a self-label sarcastic (oh sure, yeah right, claro, c'est ça, ja klar, come no, tá bom,
 *                      ну да, はいはい, 对对对, हाँ हाँ, اه طبعا): "oh sure, I'm the bitch" calls the reader one
 *           selfsigh   an interjection that may lead into a `selfbefore` frame, as laughter may (ugh, ay, pff, ach, oddio, nossa,
 *                      блин, arre, 唉, もう, والله): "ugh I'm such an idiot"; "ja bin ich Wichser" opens with a yes
 *           negation   a negation standing right before a threat or self-harm phrase ("I'm not going to kill you",
 *                      "no te voy a matar", "I don't want to die"): the phrase is denied, not said. Written as the
 *                      words that lead into the verb ("not", "won't", "never gonna", "不会"); languages that negate
 *                      after the verb (ja, ko) keep such forms as exceptions of their terms instead
 *           fondness   telling the reader they are loved (love ya, te quiero, je t'adore, hab dich lieb, ti voglio bene, te amo,
 *                      люблю тебя, بحبك, pyaar karta hoon, 大好き, 爱你, 사랑해, ❤️): with laughter, an insult is banter
 *           laughter   written laughter (ㅋㅋㅋ, kkkk, 哈哈哈, www, jajaja, хахаха): read and cleared, so the learned scorer,
 *                      which met it mostly in hostile comments, does not take a laugh for an insult
 *
 * Term syntax:
 *  - Terms are written as people type them; the normaliser (case, width, accents kept where they
 *    carry meaning, homoglyphs, leetspeak, separators) is applied to terms and text alike.
 *  - Latin, Cyrillic, Greek, Arabic and Devanagari terms match whole words; `*` at an end allows any
 *    continuation there (`fuck*` matches fucking, fucker).
 *  - Han, kana and Hangul terms match anywhere (no spaces between words there; Korean particles attach).
 *  - A space inside a term matches any run of spaces or separators between words.
 *  - Exceptions: `{ term: '시발', unless: ['시발점', '시발역'] }` - a hit of the term does not count where it
 *    is part of one of the `unless` phrases (written with the same syntax, and containing the term). This
 *    lets short forms stay in a lexicon (시발, 我想死, 한남) without their harmless hosts (시발점 "starting
 *    point", 我想死你了 "I miss you to death", 한남동 a Seoul district) firing.
 */
export const SIGNAL_TAGS = [
  'insult', 'harassment', 'curse', 'sexual', 'sexual-harassment', 'spam', 'phishing', 'ads', 'fraud', 'dating',
  'drugs', 'alcohol', 'threat', 'gore', 'self-harm', 'hate', 'sensitive',
] as const;
/**
 * Cues made of everyday words nobody disguises: body parts, maiming verbs, pills, partners. Their exceptions are the
 * ordinary words they stand inside (手机 around 手, "my wife" around "wife"), so a cancelled one excuses nothing (the
 * learned scorer still reads 手机, as it does not read 시발점 around 시발), and no word typed with masked letters reads
 * as one ("c*t" is the insult, not "cut"). See ../match/term-index.
 */
export const PLAIN_WORD_CUES = [
  'maim', 'assault', 'limb', 'pills', 'overdose', 'leap', 'height', 'farewell', 'relief', 'vanish', 'method', 'seek', 'partner', 'viscera', 'spill', 'bisect', 'corpse', 'flay', 'alive', 'pet',
  'cruelty', 'fiction', 'secret', 'divulge', 'warning', 'fee', 'gig', 'sleepless', 'bedroom', 'voice', 'aroused',
  'fantasy', 'sharedbath', 'account', 'payer', 'windfall', 'fondness', 'selfinjure', 'deliberate', 'mishap', 'upfront', 'purchase', 'ending', 'dissuade', 'guarantee', 'multiply', 'abstain', 'cooking', 'toldme', 'jest', 'accident', 'goad', 'polity', 'vilify', 'uprising', 'faith', 'outlaw', 'disputed', 'claim', 'onenight', 'inbed', 'wearing', 'naked', 'underwear', 'now', 'physique', 'lewd', 'videocall', 'bedded', 'tally', 'bedwarm', 'hotelroom', 'tonight', 'teach', 'onebed', 'stayover', 'forgive', 'burden', 'lethal', 'rate', 'pupil', 'lender', 'menace', 'insist', 'pressure', 'repeat', 'asked', 'regret', 'coerce', 'missout', 'apology', 'reported', 'selfbefore', 'selfafter', 'selflead', 'selfsigh', 'selfretort',
] as const;
export const CUE_TAGS = [
  'app', 'contact', 'picture', 'body', 'request', 'money', 'you', 'your', 'violence', 'meta', 'group', 'negative', 'laughter', 'expense', 'lend', 'subject', 'negation',
  'intensifier', 'stake', 'payout', 'growth', 'measure', 'portrait', 'bloodshed', 'deal', 'payask', ...PLAIN_WORD_CUES,
] as const;

export type CueTag = (typeof CUE_TAGS)[number];
export type LexiconTag = (typeof SIGNAL_TAGS)[number] | CueTag;

/** A term with the longer phrases it is harmless inside. */
export interface TermWithExceptions {
  readonly term: string;
  readonly unless: readonly string[];
}

export type LexiconTerm = string | TermWithExceptions;

export interface Lexicon {
  readonly lang: Language;
  readonly terms: Readonly<Partial<Record<LexiconTag, readonly LexiconTerm[]>>>;
}

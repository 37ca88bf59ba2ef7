//! Gazetteer of English councils with children's services duties since 2005, and name lookup.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/council_codes.rs"));

/// One council.
#[derive(Debug)]
pub struct Council {
    /// The council's three-digit DfE local authority code ("873"), the key of `data/`; `None`
    /// for councils abolished before the data begins.
    pub code: Option<&'static str>,
    /// The official name, as the council names itself ("Cambridgeshire County Council").
    pub name: &'static str,
    /// The place name alone, as reports and news usually write it ("Cambridgeshire").
    pub short: &'static str,
    /// Other names and spellings seen in reports, news and press releases, lower case,
    /// apostrophes straight, hyphens written as spaces ("cambs", "cambridgeshire county council",
    /// "b&nes" written as "banes", "bath and ne somerset", "southend", "kensington and chelsea",
    /// "rbkc", "east riding", "city of wolverhampton", "wolverhampton city council", "bcp", ...).
    /// `short` and `name` are not repeated here (they are matched anyway). No alias is an
    /// ordinary word or a common name on its own, so a match on an alias (or on `name`) can
    /// always be taken as the council; only `short` can be ambiguous.
    pub aliases: &'static [&'static str],
    /// True when `short` is also an ordinary word or a very common place/person name that must
    /// not be taken as the council without the word "council"/"borough"/etc. next to it
    /// ("Reading", "Bury", "Sutton", "Brent", "Westminster").
    pub ambiguous: bool,
    /// "YYYY-MM" the council took on children's services when it was created after 2005, else None.
    pub from: Option<&'static str>,
    /// "YYYY-MM" of the last month it existed, for abolished councils, else None.
    pub until: Option<&'static str>,
}

/// A council with children's services since before 2005 (the modifiers below say otherwise),
/// with its DfE LA code.
const fn c(code: &'static str, short: &'static str, name: &'static str, aliases: &'static [&'static str]) -> Council {
    Council { code: Some(code), ..former(short, name, aliases) }
}

/// A council abolished before `data/councils.csv` begins, so with no code there.
const fn former(short: &'static str, name: &'static str, aliases: &'static [&'static str]) -> Council {
    Council { code: None, name, short, aliases, ambiguous: false, from: None, until: None }
}

impl Council {
    /// The council's nine-character ONS code ("E10000003"), from `data/councils.csv`.
    pub fn gss(&self) -> Option<&'static str> {
        let code = self.code?;
        let (mut low, mut high) = (0, ONS_CODES.len() / 12);
        while low < high {
            let mid = (low + high) / 2;
            match ONS_CODES.get(mid * 12..mid * 12 + 3)?.cmp(code) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => return ONS_CODES.get(mid * 12 + 3..mid * 12 + 12),
            }
        }
        None
    }

    /// Marks `short` as an ordinary word or common name (sets `ambiguous`).
    const fn common_word(mut self) -> Self {
        self.ambiguous = true;
        self
    }

    /// Sets the month the council took on children's services (`from`).
    const fn created(mut self, month: &'static str) -> Self {
        self.from = Some(month);
        self
    }

    /// Sets the last month the council existed (`until`); [`SUCCESSIONS`] says who took over.
    const fn abolished(mut self, month: &'static str) -> Self {
        self.until = Some(month);
        self
    }

    /// For an abolished council, the `short` names of the councils that took over its area.
    pub fn successors(&self) -> &'static [&'static str] {
        SUCCESSIONS.iter().find(|(short, _)| *short == self.short).map_or(&[], |(_, heirs)| *heirs)
    }
}

/// Every council, sorted by `short`.
///
/// One entry per children's services authority area: where a council was renamed or remade
/// over the same area (Cornwall, Durham, Northumberland, Shropshire and Wiltshire in 2009,
/// Buckinghamshire in 2020, North Yorkshire and Somerset in 2023) the old name is an alias of
/// the one entry. Where the area changed (Bedfordshire and Cheshire in 2009; Bournemouth, Poole
/// and Dorset in 2019; Northamptonshire in 2021; Cumbria in 2023) the old councils are entries
/// of their own with `until` (and a row in [`SUCCESSIONS`]), and their successors have `from`. The
/// trusts and companies that run councils' children's services are in [`TRUSTS`] and [`SHARED`].
#[rustfmt::skip]
pub const COUNCILS: &[Council] = &[
    c(
        "301", "Barking and Dagenham",
        "London Borough of Barking and Dagenham",
        // Not "barking" alone: an ordinary word.
        &["lbbd", "barking and dagenham council"],
    ),
    c("302", "Barnet", "London Borough of Barnet", &["barnet council"]),
    c("370", "Barnsley", "Barnsley Metropolitan Borough Council", &["barnsley council"]),
    c(
        "800", "Bath and North East Somerset",
        "Bath and North East Somerset Council",
        &["banes", "b and nes", "bnes", "bath and ne somerset", "bath and north east somerset district council"],
    ),
    c("822", "Bedford", "Bedford Borough Council", &["bedford borough", "bedford council"]).created("2009-04"),
    // Split into Bedford and Central Bedfordshire. Not "beds": an ordinary word.
    former("Bedfordshire", "Bedfordshire County Council", &[]).abolished("2009-03"),
    c("303", "Bexley", "London Borough of Bexley", &["bexley council"]),
    c("330", "Birmingham", "Birmingham City Council", &["birmingham council"]),
    c(
        "889", "Blackburn with Darwen",
        "Blackburn with Darwen Borough Council",
        // Not "blackburn" alone: a common surname.
        &["blackburn with darwen council", "blackburn and darwen", "bwd"],
    ),
    c("890", "Blackpool", "Blackpool Council", &["blackpool borough council"]),
    c("350", "Bolton", "Bolton Council", &["bolton metropolitan borough council"]),
    // Merged with Poole and Christchurch into Bournemouth, Christchurch and Poole.
    former("Bournemouth", "Bournemouth Borough Council", &["bournemouth council"]).abolished("2019-03"),
    c(
        "839", "Bournemouth, Christchurch and Poole",
        "Bournemouth, Christchurch and Poole Council",
        &["bcp", "bcp council"],
    )
    .created("2019-04"),
    c("867", "Bracknell Forest", "Bracknell Forest Council", &["bracknell", "bracknell forest borough council"]),
    c(
        "380", "Bradford",
        "City of Bradford Metropolitan District Council",
        &["bradford council", "city of bradford", "bradford metropolitan district council"],
    ),
    // Also a common first name.
    c("304", "Brent", "London Borough of Brent", &["brent council"]).common_word(),
    c("846", "Brighton and Hove", "Brighton & Hove City Council", &["brighton", "brighton and hove council"]),
    c("801", "Bristol", "Bristol City Council", &["city of bristol", "bristol council", "city of bristol council"]),
    c("305", "Bromley", "London Borough of Bromley", &["bromley council"]),
    // Buckinghamshire County Council until 2020-03, then the unitary Buckinghamshire Council
    // over the same area. Not "bucks" alone: an ordinary word ("bucks the trend").
    c(
        "825", "Buckinghamshire",
        "Buckinghamshire Council",
        &["buckinghamshire county council", "bucks council", "bucks county council"],
    ),
    // An ordinary word.
    c("351", "Bury", "Bury Council", &["bury metropolitan borough council"]).common_word(),
    c("381", "Calderdale", "Calderdale Council", &["calderdale metropolitan borough council"]),
    c("873", "Cambridgeshire", "Cambridgeshire County Council", &["cambs", "cambs county council"]),
    c("202", "Camden", "London Borough of Camden", &["camden council"]),
    c("823", "Central Bedfordshire", "Central Bedfordshire Council", &["central beds"]).created("2009-04"),
    // Split into Cheshire East and Cheshire West and Chester.
    former("Cheshire", "Cheshire County Council", &[]).abolished("2009-03"),
    c("895", "Cheshire East", "Cheshire East Council", &[]).created("2009-04"),
    c("896", "Cheshire West and Chester", "Cheshire West and Chester Council", &["cwac", "cheshire west"]).created("2009-04"),
    // Not ambiguous: the whole phrase names exactly the square mile the Corporation serves,
    // and reports about children's services use it for the council. "London" and "the City"
    // alone are never taken as the council.
    c("201", "City of London", "City of London Corporation", &["corporation of london"]),
    c("908", "Cornwall", "Cornwall Council", &["cornwall county council"]),
    c("331", "Coventry", "Coventry City Council", &["coventry council"]),
    c("306", "Croydon", "London Borough of Croydon", &["croydon council"]),
    c("942", "Cumberland", "Cumberland Council", &[]).created("2023-04"),
    // Split into Cumberland and Westmorland and Furness.
    c("909", "Cumbria", "Cumbria County Council", &[]).abolished("2023-03"),
    c("841", "Darlington", "Darlington Borough Council", &["darlington council"]),
    c("831", "Derby", "Derby City Council", &["derby council", "city of derby"]),
    c("830", "Derbyshire", "Derbyshire County Council", &[]),
    c("878", "Devon", "Devon County Council", &[]),
    c(
        "371", "Doncaster",
        "City of Doncaster Council",
        &["doncaster council", "doncaster metropolitan borough council", "city of doncaster"],
    ),
    // The unitary council for the old county less Christchurch (which went to BCP).
    c("838", "Dorset", "Dorset Council", &[]).created("2019-04"),
    // The county council before 2019-04. Its short name is "Dorset County" because "Dorset"
    // belongs to its successor; "dorset county council" finds it by its official name.
    former("Dorset County", "Dorset County Council", &[]).abolished("2019-03"),
    // Also a common first name and surname.
    c("332", "Dudley", "Dudley Metropolitan Borough Council", &["dudley council"]).common_word(),
    c("840", "Durham", "Durham County Council", &["county durham", "durham council"]),
    c("307", "Ealing", "London Borough of Ealing", &["ealing council"]),
    c(
        "811", "East Riding of Yorkshire",
        "East Riding of Yorkshire Council",
        &["east riding", "the east riding", "east riding council", "eryc", "east yorkshire"],
    ),
    c("845", "East Sussex", "East Sussex County Council", &["escc", "e sussex"]),
    c("308", "Enfield", "London Borough of Enfield", &["enfield council"]),
    c("881", "Essex", "Essex County Council", &[]),
    c("390", "Gateshead", "Gateshead Council", &["gateshead metropolitan borough council"]),
    c("916", "Gloucestershire", "Gloucestershire County Council", &["glos", "gloucs", "glos county council"]),
    c(
        "203", "Greenwich",
        "Royal Borough of Greenwich",
        // "London Borough of Greenwich" until it became a royal borough in 2012.
        &["royal greenwich", "greenwich council", "london borough of greenwich"],
    ),
    c("204", "Hackney", "London Borough of Hackney", &["hackney council"]),
    c("876", "Halton", "Halton Borough Council", &["halton council"]),
    c(
        "205", "Hammersmith and Fulham",
        "London Borough of Hammersmith and Fulham",
        &["lbhf", "h and f", "hammersmith", "hammersmith and fulham council"],
    ),
    c("850", "Hampshire", "Hampshire County Council", &["hants", "hampshire council"]),
    c("309", "Haringey", "London Borough of Haringey", &["haringey council"]),
    c("310", "Harrow", "London Borough of Harrow", &["harrow council"]),
    c("805", "Hartlepool", "Hartlepool Borough Council", &["hartlepool council"]),
    c("311", "Havering", "London Borough of Havering", &["havering council"]),
    c(
        "884", "Herefordshire",
        "Herefordshire Council",
        &["county of herefordshire", "county of herefordshire district council", "herefordshire county council"],
    ),
    c("919", "Hertfordshire", "Hertfordshire County Council", &["herts", "herts county council"]),
    c("312", "Hillingdon", "London Borough of Hillingdon", &["hillingdon council"]),
    c("313", "Hounslow", "London Borough of Hounslow", &["hounslow council"]),
    // Legally Kingston upon Hull City Council. "Hull" is not marked ambiguous: the noun
    // (a ship's hull) hardly occurs in writing about children's services.
    c(
        "810", "Hull",
        "Hull City Council",
        &["kingston upon hull", "kingston upon hull city council", "city of kingston upon hull", "hull council"],
    ),
    c("921", "Isle of Wight", "Isle of Wight Council", &["the isle of wight", "iow"]),
    c(
        "420", "Isles of Scilly",
        "Council of the Isles of Scilly",
        &["the isles of scilly", "scilly", "scilly isles", "isles of scilly council"],
    ),
    c("206", "Islington", "London Borough of Islington", &["islington council"]),
    c(
        "207", "Kensington and Chelsea",
        "Royal Borough of Kensington and Chelsea",
        &["rbkc", "kensington and chelsea council"],
    ),
    c("886", "Kent", "Kent County Council", &["kcc"]),
    // Kingston upon Thames. "Kingston" alone is a common place name (Jamaica, Canada, and
    // Kingston upon Hull).
    c(
        "314", "Kingston",
        "Royal Borough of Kingston upon Thames",
        &[
            "kingston upon thames", "royal borough of kingston", "kingston council", "kingston upon thames council",
            "rbk",
        ],
    )
    .common_word(),
    c("382", "Kirklees", "Kirklees Council", &[]),
    c("340", "Knowsley", "Knowsley Council", &["knowsley metropolitan borough council"]),
    c("208", "Lambeth", "London Borough of Lambeth", &["lambeth council"]),
    c("888", "Lancashire", "Lancashire County Council", &["lancs"]),
    c("383", "Leeds", "Leeds City Council", &["leeds council"]),
    c("856", "Leicester", "Leicester City Council", &["leicester council", "city of leicester"]),
    c("855", "Leicestershire", "Leicestershire County Council", &["leics"]),
    c("209", "Lewisham", "London Borough of Lewisham", &["lewisham council"]),
    c("925", "Lincolnshire", "Lincolnshire County Council", &["lincs"]),
    c("341", "Liverpool", "Liverpool City Council", &["liverpool council"]),
    c("821", "Luton", "Luton Borough Council", &["luton council"]),
    c("352", "Manchester", "Manchester City Council", &["manchester council"]),
    c("887", "Medway", "Medway Council", &[]),
    c("315", "Merton", "London Borough of Merton", &["merton council"]),
    c("806", "Middlesbrough", "Middlesbrough Council", &[]),
    c("826", "Milton Keynes", "Milton Keynes City Council", &["milton keynes council"]),
    c(
        "391", "Newcastle upon Tyne",
        "Newcastle City Council",
        &["newcastle", "newcastle upon tyne city council", "newcastle council"],
    ),
    c("316", "Newham", "London Borough of Newham", &["newham council"]),
    c("926", "Norfolk", "Norfolk County Council", &[]),
    c(
        "812", "North East Lincolnshire",
        "North East Lincolnshire Council",
        &["ne lincs", "ne lincolnshire", "north east lincs", "nelc"],
    ),
    c("813", "North Lincolnshire", "North Lincolnshire Council", &["north lincs", "n lincs"]),
    c("940", "North Northamptonshire", "North Northamptonshire Council", &["north northants", "nnc"]).created("2021-04"),
    c("802", "North Somerset", "North Somerset Council", &[]),
    c("392", "North Tyneside", "North Tyneside Council", &[]),
    // North Yorkshire County Council until 2023-03, then the unitary North Yorkshire Council
    // over the same area.
    c(
        "815", "North Yorkshire",
        "North Yorkshire Council",
        &["north yorkshire county council", "nycc", "north yorks"],
    ),
    // Split into North Northamptonshire and West Northamptonshire.
    c(
        "928", "Northamptonshire",
        "Northamptonshire County Council",
        &["northants", "northants county council"],
    )
    .abolished("2021-03"),
    c("929", "Northumberland", "Northumberland County Council", &[]),
    c("892", "Nottingham", "Nottingham City Council", &["nottingham council", "city of nottingham"]),
    // Not "notts county": a football club.
    c("891", "Nottinghamshire", "Nottinghamshire County Council", &["notts", "notts county council"]),
    c("353", "Oldham", "Oldham Council", &["oldham metropolitan borough council"]),
    c("931", "Oxfordshire", "Oxfordshire County Council", &["oxon"]),
    c("874", "Peterborough", "Peterborough City Council", &["peterborough council"]),
    c("879", "Plymouth", "Plymouth City Council", &["plymouth council"]),
    // Merged with Bournemouth and Christchurch into Bournemouth, Christchurch and Poole.
    c("836", "Poole", "Borough of Poole", &["poole borough council", "poole council"]).abolished("2019-03"),
    c("851", "Portsmouth", "Portsmouth City Council", &["portsmouth council"]),
    // An ordinary word.
    c("870", "Reading", "Reading Borough Council", &["reading council"]).common_word(),
    c("317", "Redbridge", "London Borough of Redbridge", &["redbridge council"]),
    c(
        "807", "Redcar and Cleveland",
        "Redcar and Cleveland Borough Council",
        &["redcar", "redcar and cleveland council"],
    ),
    // Richmond upon Thames. "Richmond" alone is a common place name and surname.
    c(
        "318", "Richmond",
        "London Borough of Richmond upon Thames",
        &["richmond upon thames", "richmond council", "richmond upon thames council", "lbrut"],
    )
    .common_word(),
    c("354", "Rochdale", "Rochdale Borough Council", &["rochdale council", "rochdale metropolitan borough council"]),
    c("372", "Rotherham", "Rotherham Metropolitan Borough Council", &["rotherham council"]),
    c("857", "Rutland", "Rutland County Council", &[]),
    c("355", "Salford", "Salford City Council", &["salford council"]),
    c("333", "Sandwell", "Sandwell Metropolitan Borough Council", &["sandwell council"]),
    c("343", "Sefton", "Sefton Council", &["sefton metropolitan borough council"]),
    c("373", "Sheffield", "Sheffield City Council", &["sheffield council"]),
    c("893", "Shropshire", "Shropshire Council", &["shropshire county council", "salop"]),
    c("871", "Slough", "Slough Borough Council", &["slough council"]),
    c("334", "Solihull", "Solihull Metropolitan Borough Council", &["solihull council"]),
    // Somerset County Council until 2023-03, then the unitary Somerset Council over the same
    // area.
    c("933", "Somerset", "Somerset Council", &["somerset county council"]),
    c("803", "South Gloucestershire", "South Gloucestershire Council", &["south glos", "s glos"]),
    c("393", "South Tyneside", "South Tyneside Council", &[]),
    c("852", "Southampton", "Southampton City Council", &["southampton council"]),
    // Southend-on-Sea Borough Council until it became a city in 2022.
    c(
        "882", "Southend-on-Sea",
        "Southend-on-Sea City Council",
        &[
            "southend", "southend on sea borough council", "southend borough council", "southend city council",
            "southend council",
        ],
    ),
    c("210", "Southwark", "London Borough of Southwark", &["southwark council"]),
    c(
        "342", "St Helens",
        "St Helens Borough Council",
        &["saint helens", "st helens council", "st helens metropolitan borough council"],
    ),
    // Not "staffs" alone: an ordinary word.
    c("860", "Staffordshire", "Staffordshire County Council", &["staffs county council"]),
    c("356", "Stockport", "Stockport Metropolitan Borough Council", &["stockport council"]),
    c(
        "808", "Stockton-on-Tees",
        "Stockton-on-Tees Borough Council",
        &["stockton", "stockton council", "stockton on tees council"],
    ),
    // Not "stoke" alone: an ordinary word.
    c(
        "861", "Stoke-on-Trent",
        "Stoke-on-Trent City Council",
        &["stoke council", "stoke on trent council", "city of stoke on trent"],
    ),
    c("935", "Suffolk", "Suffolk County Council", &[]),
    c("394", "Sunderland", "Sunderland City Council", &["sunderland council"]),
    // To be replaced by two unitary councils (East Surrey, West Surrey) in 2027.
    c("936", "Surrey", "Surrey County Council", &[]),
    // A common place name and surname.
    c("319", "Sutton", "London Borough of Sutton", &["sutton council"]).common_word(),
    c("866", "Swindon", "Swindon Borough Council", &["swindon council"]),
    c("357", "Tameside", "Tameside Metropolitan Borough Council", &["tameside council"]),
    c(
        "894", "Telford and Wrekin",
        "Telford & Wrekin Council",
        &["telford", "telford and wrekin borough council"],
    ),
    c("883", "Thurrock", "Thurrock Council", &[]),
    c("880", "Torbay", "Torbay Council", &[]),
    c("211", "Tower Hamlets", "London Borough of Tower Hamlets", &["lbth", "tower hamlets council"]),
    c("358", "Trafford", "Trafford Council", &["trafford metropolitan borough council"]),
    c(
        "384", "Wakefield",
        "Wakefield Council",
        &[
            "city of wakefield", "wakefield metropolitan district council",
            "city of wakefield metropolitan district council",
        ],
    ),
    c("335", "Walsall", "Walsall Metropolitan Borough Council", &["walsall council"]),
    c("320", "Waltham Forest", "London Borough of Waltham Forest", &["lbwf", "waltham forest council"]),
    c("212", "Wandsworth", "London Borough of Wandsworth", &["wandsworth council"]),
    c("877", "Warrington", "Warrington Borough Council", &["warrington council"]),
    c("937", "Warwickshire", "Warwickshire County Council", &["warks"]),
    c("869", "West Berkshire", "West Berkshire Council", &["west berks"]),
    c("941", "West Northamptonshire", "West Northamptonshire Council", &["west northants", "wnc"]).created("2021-04"),
    c("938", "West Sussex", "West Sussex County Council", &["wscc", "w sussex"]),
    // Also the Palace of Westminster: "Westminster" alone often means Parliament.
    c(
        "213", "Westminster",
        "Westminster City Council",
        &["city of westminster", "westminster council", "city of westminster council"],
    )
    .common_word(),
    c("943", "Westmorland and Furness", "Westmorland and Furness Council", &["westmorland"]).created("2023-04"),
    c("359", "Wigan", "Wigan Council", &["wigan metropolitan borough council"]),
    // Wiltshire County Council until 2009-03, then the unitary Wiltshire Council. Not "wilts"
    // alone: an ordinary word.
    c("865", "Wiltshire", "Wiltshire Council", &["wiltshire county council", "wilts council"]),
    c(
        "868", "Windsor and Maidenhead",
        "Royal Borough of Windsor and Maidenhead",
        &["rbwm", "windsor and maidenhead council", "windsor and maidenhead borough council"],
    ),
    c("344", "Wirral", "Wirral Council", &["the wirral", "metropolitan borough of wirral", "wirral borough council"]),
    c("872", "Wokingham", "Wokingham Borough Council", &["wokingham council"]),
    // Wolverhampton City Council until renamed in 2012.
    c(
        "336", "Wolverhampton",
        "City of Wolverhampton Council",
        &["city of wolverhampton", "wolverhampton city council", "wolverhampton council"],
    ),
    c("885", "Worcestershire", "Worcestershire County Council", &["worcs"]),
    c("816", "York", "City of York Council", &["city of york", "york council"]),
];

/// The trusts and companies that run a council's children's services, by name (in the normal
/// form of aliases), with the `short` name of their council: [`lookup`] finds the council by
/// them, and the reader by those that do not hold the council's own name (see
/// `detect::council_phrases`). Those that serve several councils are in [`SHARED`].
pub const TRUSTS: &[(&str, &str)] = &[
    ("doncaster childrens services trust", "Doncaster"),
    ("dcst", "Doncaster"),
    ("slough childrens services trust", "Slough"),
    ("slough children first", "Slough"),
    ("together for children", "Sunderland"),
    ("together for children sunderland", "Sunderland"),
    ("birmingham childrens trust", "Birmingham"),
    ("sandwell childrens trust", "Sandwell"),
    ("bradford children and families trust", "Bradford"),
    ("worcestershire children first", "Worcestershire"),
    ("brighter futures for children", "Reading"),
    ("bffc", "Reading"),
];

/// Each abolished council's `short` name and the `short` names of the councils that took over its
/// area.
pub const SUCCESSIONS: &[(&str, &[&str])] = &[
    ("Bedfordshire", &["Bedford", "Central Bedfordshire"]),
    ("Bournemouth", &["Bournemouth, Christchurch and Poole"]),
    ("Cheshire", &["Cheshire East", "Cheshire West and Chester"]),
    ("Cumbria", &["Cumberland", "Westmorland and Furness"]),
    ("Dorset County", &["Dorset", "Bournemouth, Christchurch and Poole"]),
    ("Northamptonshire", &["North Northamptonshire", "West Northamptonshire"]),
    ("Poole", &["Bournemouth, Christchurch and Poole"]),
];

/// Names of bodies that run or share children's services for several councils, with the
/// `short` names of those councils: alone, such a name does not say which council a text is
/// about (the reader takes none of them for it).
pub const SHARED: &[(&str, &[&str])] = &[
    // The company owned by Kingston and Richmond, which also runs Windsor and Maidenhead's
    // children's services since 2017.
    ("achieving for children", &["Kingston", "Richmond", "Windsor and Maidenhead"]),
    ("kingston and richmond", &["Kingston", "Richmond"]),
    ("richmond and kingston", &["Richmond", "Kingston"]),
    ("richmond and wandsworth", &["Richmond", "Wandsworth"]),
    // The safeguarding board and partnership of the two.
    ("city and hackney", &["City of London", "Hackney"]),
    // Northamptonshire County Council's trust from 2020, then the two unitary councils'.
    ("northamptonshire childrens trust", &["North Northamptonshire", "West Northamptonshire"]),
    // Services shared by the three London boroughs (2011-18), then by two of them.
    ("tri borough", &["Hammersmith and Fulham", "Kensington and Chelsea", "Westminster"]),
    ("triborough", &["Hammersmith and Fulham", "Kensington and Chelsea", "Westminster"]),
    ("bi borough", &["Kensington and Chelsea", "Westminster"]),
];

/// Lower-cases `text`, turns '&' into "and", drops apostrophes and full stops, and turns
/// hyphens, dashes, commas and runs of whitespace into single spaces.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut space = false; // a space is owed before the next word
    for ch in text.chars() {
        let ch = match ch {
            '\'' | '\u{2018}' | '\u{2019}' | '`' | '.' => continue,
            '-' | '\u{2010}' | '\u{2011}' | '\u{2013}' | '\u{2014}' | ',' => ' ',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if ch == ' ' {
            space = !out.is_empty();
            continue;
        }
        if space || ch == '&' {
            if !out.is_empty() {
                out.push(' ');
            }
            space = false;
        }
        if ch == '&' {
            out.push_str("and");
            space = true;
        } else {
            out.push(crate::letters::lower_char(ch));
        }
    }
    out
}

/// Every name a council is matched by: `short`, `name`, then the aliases.
fn keys(council: &'static Council) -> impl Iterator<Item = &'static str> {
    [council.short, council.name].into_iter().chain(council.aliases.iter().copied())
}

/// The council whose `short` name is `short`.
pub fn by_short(short: &str) -> Option<&'static Council> {
    COUNCILS.iter().find(|c| c.short == short)
}

/// Every normalised name with its council (trusts' names too), built on first use.
fn index() -> &'static [(String, &'static Council)] {
    static INDEX: OnceLock<Vec<(String, &'static Council)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let trusts = TRUSTS.iter().filter_map(|(name, short)| Some((name.to_string(), by_short(short)?)));
        COUNCILS
            .iter()
            .flat_map(|council| keys(council).map(move |key| (normalise(key), council)))
            .chain(trusts)
            .collect()
    })
}

/// The council whose short name, official name or alias equals `phrase` (compared
/// case-insensitively after turning '&' into "and", dropping apostrophes and full stops, and
/// collapsing hyphens and runs of whitespace into single spaces), if any. Commas and dashes
/// count as hyphens too, so "Bournemouth, Christchurch and Poole" and "Stockton – on – Tees"
/// are found.
pub fn lookup(phrase: &str) -> Option<&'static Council> {
    // A scan of some 600 names: a few microseconds, and no sorting or hashing code in the wasm.
    let phrase = normalise(phrase);
    index().iter().find(|(name, _)| *name == phrase).map(|(_, council)| *council)
}

/// Sets the council's codes on an inspection whose `authority` is a gazetteer council's name
/// (the reader names known councils by their official name); clears them otherwise.
pub fn fill_codes(inspection: &mut crate::model::Inspection) {
    let council = inspection.authority.as_deref().and_then(lookup);
    inspection.authority_code = council.and_then(|c| c.code).map(str::to_string);
    inspection.authority_gss = council.and_then(Council::gss).map(str::to_string);
}

/// The councils a search box's words may stand for, best first, at most `limit`: a DfE or ONS
/// code; then names equal to the words; then names that start with them; then names with a
/// word that starts with them ("north" finds North Somerset and North Tyneside, "873" and
/// "E10000003" find Cambridgeshire). Current councils come before abolished ones.
pub fn search(query: &str, limit: usize) -> Vec<&'static Council> {
    let words = normalise(query);
    if words.is_empty() {
        return Vec::new();
    }
    let code = query.trim().to_ascii_uppercase();
    let inner = [" ", &words].concat();
    // 0: a code; 1: a name that is the words; 2: one that starts with them; 3: one with a word
    // that does; 4: none.
    let ranks: Vec<u8> = COUNCILS
        .iter()
        .map(|council| {
            if council.code == Some(code.as_str()) || council.gss() == Some(code.as_str()) {
                return 0;
            }
            let rank = |key: &str| {
                let key = normalise(key);
                if key == words {
                    1
                } else if key.starts_with(&words) {
                    2
                } else if key.contains(&inner) {
                    3
                } else {
                    4
                }
            };
            keys(council).map(rank).min().unwrap_or(4)
        })
        .collect();
    let mut found = Vec::new();
    for rank in 0..4 {
        for abolished in [false, true] {
            for (council, &r) in COUNCILS.iter().zip(&ranks) {
                if r == rank && council.until.is_some() == abolished && found.len() < limit {
                    found.push(council);
                }
            }
        }
    }
    found
}

/// Whether the council whose short name is `later` took over the area of `earlier`
/// (Bournemouth, Christchurch and Poole took over from Poole). No successor has been abolished
/// since, so there are no chains to follow.
pub fn took_over(later: &str, earlier: &str) -> bool {
    SUCCESSIONS.iter().any(|(short, heirs)| *short == earlier && heirs.contains(&later))
}

/// The longest number of words in any council name or alias (so a caller scanning text knows
/// how far to look ahead). Words are counted after the normalisation `lookup` applies, and each
/// hyphen or comma in a name counts as a word too, as it does for a tokeniser that keeps
/// punctuation as tokens; the figure may be generous but is never too small.
pub fn max_words() -> usize {
    static MAX: OnceLock<usize> = OnceLock::new();
    *MAX.get_or_init(|| COUNCILS.iter().flat_map(keys).map(word_count).max().unwrap_or(0))
}

/// Words in `key` as `max_words` counts them.
fn word_count(key: &str) -> usize {
    let punctuation = key.chars().filter(|&ch| ch == '-' || ch == ',').count();
    normalise(key).split_whitespace().count() + punctuation
}

#[cfg(test)]
mod tests {
    use super::*;

    fn current() -> impl Iterator<Item = &'static Council> {
        COUNCILS.iter().filter(|council| council.until.is_none())
    }

    fn short_of(phrase: &str) -> &'static str {
        match lookup(phrase) {
            Some(council) => council.short,
            None => panic!("{phrase:?} not found"),
        }
    }

    #[test]
    fn normal_form() {
        assert_eq!(normalise("Bournemouth, Christchurch & Poole"), "bournemouth christchurch and poole");
        assert_eq!(normalise("  Brighton&Hove  "), "brighton and hove");
        assert_eq!(normalise("St. Helens"), "st helens");
        assert_eq!(normalise("Stockton \u{2013} on \u{2013} Tees"), "stockton on tees");
        assert_eq!(normalise("King\u{2019}s Lynn -"), "kings lynn");
        assert_eq!(normalise("& co"), "and co");
        assert_eq!(normalise(" .-, "), "");
    }

    #[test]
    fn counts() {
        let now = current().count();
        assert!(now >= 150, "only {now} current councils");
        assert_eq!(now, 153, "153 children's services authorities in England since 2023-04");
        assert_eq!(COUNCILS.len() - now, 7, "abolished since 2005");
    }

    #[test]
    fn shorts_and_names_are_unique() {
        let mut shorts: Vec<_> = COUNCILS.iter().map(|council| normalise(council.short)).collect();
        let mut names: Vec<_> = COUNCILS.iter().map(|council| normalise(council.name)).collect();
        shorts.sort();
        names.sort();
        for pair in shorts.windows(2).chain(names.windows(2)) {
            assert_ne!(pair[0], pair[1], "duplicate");
        }
    }

    #[test]
    fn sorted_by_short() {
        for pair in COUNCILS.windows(2) {
            assert!(normalise(pair[0].short) < normalise(pair[1].short), "{} before {}", pair[0].short, pair[1].short);
        }
    }

    #[test]
    fn aliases_are_tidy_lower_case_and_unique() {
        use std::collections::HashMap;
        let mut seen: HashMap<String, &str> = HashMap::new();
        for council in COUNCILS {
            for key in keys(council) {
                let normal = normalise(key);
                if let Some(other) = seen.insert(normal.clone(), council.short) {
                    panic!("{normal:?} names both {other} and {}", council.short);
                }
            }
            for alias in council.aliases {
                assert!(
                    alias.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == ' '),
                    "alias {alias:?} of {} is not plain lower case",
                    council.short
                );
                assert_eq!(*alias, normalise(alias), "alias {alias:?} is not in normal form");
            }
        }
    }

    #[test]
    fn no_alias_is_an_ordinary_word() {
        let words = [
            "london",
            "city",
            "the city",
            "council",
            "the council",
            "county",
            "borough",
            "reading",
            "bury",
            "sutton",
            "brent",
            "richmond",
            "kingston",
            "westminster",
            "dudley",
            "bucks",
            "beds",
            "wilts",
            "staffs",
            "barking",
            "stoke",
            "blackburn",
            "notts county",
            "good",
        ];
        for council in COUNCILS {
            for alias in council.aliases {
                assert!(!words.contains(alias), "{alias:?} is too ordinary to be an alias");
            }
        }
    }

    #[test]
    fn dates_are_well_formed() {
        let well_formed = |month: &str| {
            let bytes = month.as_bytes();
            bytes.len() == 7
                && bytes[4] == b'-'
                && bytes.iter().enumerate().all(|(i, b)| i == 4 || b.is_ascii_digit())
                && ("01"..="12").contains(&&month[5..])
                && ("2005"..="2026").contains(&&month[..4])
        };
        for council in COUNCILS {
            for month in council.from.iter().chain(council.until.iter()) {
                assert!(well_formed(month), "{}: bad month {month:?}", council.short);
            }
            if let (Some(from), Some(until)) = (council.from, council.until) {
                assert!(from <= until, "{}", council.short);
            }
        }
        let created: Vec<_> = COUNCILS.iter().filter(|council| council.from.is_some()).map(|c| c.short).collect();
        assert_eq!(created.len(), 10, "{created:?}");
        assert_eq!(lookup("Cumberland").and_then(|council| council.from), Some("2023-04"));
        assert_eq!(lookup("Cumbria").and_then(|council| council.until), Some("2023-03"));
        assert_eq!(lookup("Bedfordshire County Council").and_then(|council| council.until), Some("2009-03"));
    }

    #[test]
    fn finds_names_as_written() {
        assert_eq!(short_of("Cambridgeshire"), "Cambridgeshire");
        assert_eq!(short_of("cambridgeshire county council"), "Cambridgeshire");
        assert_eq!(short_of("CAMBS"), "Cambridgeshire");
        assert_eq!(short_of("Bath & North East Somerset"), "Bath and North East Somerset");
        assert_eq!(short_of("B&NES"), "Bath and North East Somerset");
        assert_eq!(short_of("banes"), "Bath and North East Somerset");
        assert_eq!(short_of("Southend-on-Sea"), "Southend-on-Sea");
        assert_eq!(short_of("southend on sea"), "Southend-on-Sea");
        assert_eq!(short_of("Southend - on - Sea"), "Southend-on-Sea");
        assert_eq!(short_of("City of London"), "City of London");
        assert_eq!(short_of("Kensington and Chelsea"), "Kensington and Chelsea");
        assert_eq!(short_of("Royal Borough of Kensington and Chelsea"), "Kensington and Chelsea");
        assert_eq!(short_of("Hull"), "Hull");
        assert_eq!(short_of("Kingston upon Hull"), "Hull");
        assert_eq!(short_of("Kingston upon Thames"), "Kingston");
        assert_eq!(short_of("Bournemouth, Christchurch and Poole"), "Bournemouth, Christchurch and Poole");
        assert_eq!(short_of("BCP Council"), "Bournemouth, Christchurch and Poole");
        assert_eq!(short_of("St. Helens"), "St Helens");
        assert_eq!(short_of("Stockton\u{2013}on\u{2013}Tees"), "Stockton-on-Tees");
        assert_eq!(short_of("the Isle of Wight"), "Isle of Wight");
        assert_eq!(short_of("  East   Riding "), "East Riding of Yorkshire");
        assert_eq!(short_of("Telford & Wrekin Council"), "Telford and Wrekin");
        assert_eq!(short_of("Somerset County Council"), "Somerset");
        assert_eq!(short_of("North Yorkshire County Council"), "North Yorkshire");
        assert_eq!(short_of("Dorset"), "Dorset");
        assert_eq!(short_of("Dorset County Council"), "Dorset County");
        assert_eq!(short_of("London Borough of Hackney"), "Hackney");
        assert_eq!(short_of("LBBD"), "Barking and Dagenham");
        assert_eq!(short_of("city of wolverhampton"), "Wolverhampton");
    }

    #[test]
    fn city_and_county_stay_apart() {
        for (city, county) in [
            ("Leicester", "Leicestershire"),
            ("Nottingham", "Nottinghamshire"),
            ("Derby", "Derbyshire"),
            ("Stoke-on-Trent", "Staffordshire"),
        ] {
            assert_eq!(short_of(city), city);
            assert_eq!(short_of(county), county);
        }
        assert_eq!(short_of("leicester city council"), "Leicester");
        assert_eq!(short_of("leics"), "Leicestershire");
        assert_eq!(short_of("notts"), "Nottinghamshire");
        assert_eq!(short_of("city of nottingham"), "Nottingham");
    }

    #[test]
    fn finds_nothing_for_ordinary_phrases() {
        for phrase in ["London", "council", "the council", "children's services", "good", "", "  ", "the city"] {
            assert!(lookup(phrase).is_none(), "{phrase:?} should not be a council");
        }
    }

    #[test]
    fn every_key_finds_its_own_council() {
        for council in COUNCILS {
            for key in keys(council) {
                assert_eq!(short_of(key), council.short);
                assert_eq!(short_of(&key.to_uppercase()), council.short);
            }
        }
    }

    #[test]
    fn ambiguous_short_names() {
        let ambiguous: Vec<_> = COUNCILS.iter().filter(|council| council.ambiguous).map(|c| c.short).collect();
        assert_eq!(ambiguous, ["Brent", "Bury", "Dudley", "Kingston", "Reading", "Richmond", "Sutton", "Westminster"]);
        for short in ["Derby", "York", "Poole", "Halton", "Kent", "Slough", "Harrow", "Barnet", "City of London"] {
            assert!(!lookup(short).is_some_and(|council| council.ambiguous), "{short}");
        }
    }

    /// Each council's (DfE LA code, ONS code), from the generated string.
    fn ons_codes() -> Vec<(&'static str, &'static str)> {
        (0..ONS_CODES.len() / 12)
            .map(|k| (&ONS_CODES[k * 12..k * 12 + 3], &ONS_CODES[k * 12 + 3..k * 12 + 12]))
            .collect()
    }

    #[test]
    fn every_council_in_the_data_has_one_entry_and_every_entry_since_2009_a_code() {
        let codes = ons_codes();
        for &(la, gss) in &codes {
            let entries: Vec<_> = COUNCILS.iter().filter(|council| council.code == Some(la)).collect();
            assert_eq!(entries.len(), 1, "LA code {la}");
            assert_eq!(entries[0].gss(), Some(gss));
        }
        for council in COUNCILS {
            let since_2009 = council.until.is_none_or(|until| until >= "2009-04");
            let known = council.code.is_some_and(|code| codes.iter().any(|(la, _)| *la == code));
            // Bournemouth and Dorset County Council are not in the data (abolished 2019).
            let not_in_data = ["Bournemouth", "Dorset County"].contains(&council.short);
            assert_eq!(known, since_2009 && !not_in_data, "{}", council.short);
        }
        assert_eq!(codes.len(), 156);
        assert!(codes.windows(2).all(|w| w[0].0 < w[1].0), "sorted by LA code");
    }

    #[test]
    fn codes_as_published() {
        let codes = |phrase: &str| lookup(phrase).map(|council| (council.code, council.gss()));
        assert_eq!(codes("Cambridgeshire"), Some((Some("873"), Some("E10000003"))));
        assert_eq!(codes("Kingston upon Hull"), Some((Some("810"), Some("E06000010"))));
        assert_eq!(codes("BCP"), Some((Some("839"), Some("E06000058"))));
        assert_eq!(codes("Northamptonshire County Council"), Some((Some("928"), Some("E10000021"))));
        assert_eq!(codes("Bedfordshire County Council"), Some((None, None)));
    }

    #[test]
    fn codes_follow_the_name_read() {
        let mut inspection = crate::extract("Kelby");
        inspection.authority = Some("Stockton-on-Tees Borough Council".to_string());
        fill_codes(&mut inspection);
        assert_eq!(
            (inspection.authority_code.as_deref(), inspection.authority_gss.as_deref()),
            (Some("808"), Some("E06000004"))
        );
        inspection.authority = Some("Kelby Council".to_string());
        fill_codes(&mut inspection);
        assert_eq!((inspection.authority_code, inspection.authority_gss), (None, None));
    }

    #[test]
    fn successors_took_over_when_their_predecessor_went() {
        for council in COUNCILS {
            assert_eq!(council.until.is_some(), !council.successors().is_empty(), "{}", council.short);
            for short in council.successors() {
                let heir = COUNCILS.iter().find(|c| c.short == *short).unwrap_or_else(|| panic!("{short}"));
                let (until, from) = (council.until.unwrap_or_default(), heir.from.unwrap_or_default());
                assert!(heir.until.is_none() && from > until, "{} -> {short}", council.short);
                assert!(took_over(short, council.short) && !took_over(council.short, short));
            }
        }
        let heirs = |short: &str| COUNCILS.iter().find(|c| c.short == short).map(Council::successors);
        assert_eq!(heirs("Northamptonshire"), Some(&["North Northamptonshire", "West Northamptonshire"][..]));
        assert_eq!(heirs("Poole"), Some(&["Bournemouth, Christchurch and Poole"][..]));
    }

    #[test]
    fn shared_names_are_no_council_s_own_and_name_known_councils() {
        for (name, shorts) in SHARED {
            assert_eq!(*name, normalise(name), "{name}");
            assert!(lookup(name).is_none(), "{name} is also a council's own name");
            assert!(shorts.len() > 1, "{name}");
            for short in *shorts {
                assert!(COUNCILS.iter().any(|c| c.short == *short), "{name}: {short}");
            }
        }
    }

    #[test]
    fn trusts_are_tidy_and_name_known_councils() {
        for (name, short) in TRUSTS {
            assert_eq!(*name, normalise(name), "{name}");
            assert!(by_short(short).is_some(), "{name}: {short}");
            assert!(!COUNCILS.iter().flat_map(keys).any(|k| normalise(k) == *name), "{name} is also an alias");
        }
    }

    #[test]
    fn trusts_and_companies_are_names_of_their_council() {
        assert_eq!(short_of("Doncaster Children's Services Trust"), "Doncaster");
        assert_eq!(short_of("Together for Children"), "Sunderland");
        assert_eq!(short_of("Brighter Futures for Children"), "Reading");
        assert_eq!(short_of("Birmingham Children's Trust"), "Birmingham");
        assert_eq!(short_of("Sandwell Children's Trust"), "Sandwell");
        assert_eq!(short_of("Slough Children First"), "Slough");
        assert!(lookup("Achieving for Children").is_none());
    }

    #[test]
    fn search_by_code_name_and_word() {
        let shorts = |query: &str| search(query, 5).iter().map(|c| c.short).collect::<Vec<_>>();
        assert_eq!(shorts("873"), ["Cambridgeshire"]);
        assert_eq!(shorts("e10000003"), ["Cambridgeshire"]);
        assert_eq!(shorts("Cambs"), ["Cambridgeshire"]);
        assert_eq!(shorts("hull"), ["Hull"]);
        assert_eq!(shorts("north y"), ["North Yorkshire"]);
        // Names that start with the words come before names with a word that does.
        let north = shorts("north");
        assert_eq!(north.len(), 5);
        assert!(north.iter().all(|s| s.starts_with("North")), "{north:?}");
        let york = shorts("york");
        assert_eq!(york.first(), Some(&"York"), "{york:?}");
        assert!(york.contains(&"North Yorkshire"), "{york:?}");
        // Current councils before abolished ones.
        assert_eq!(shorts("cumb"), ["Cumberland", "Cumbria"]);
        assert!(shorts("").is_empty() && shorts("  ").is_empty() && shorts("zzz").is_empty());
    }

    #[test]
    fn max_words_covers_every_name() {
        let max = max_words();
        assert!((6..=8).contains(&max), "{max}");
        for council in COUNCILS {
            for key in keys(council) {
                assert!(normalise(key).split(' ').count() <= max, "{key}");
            }
        }
        assert_eq!(word_count("Southend-on-Sea City Council"), 7);
    }
}

// The built-in example pair, written by the project in its own words. Only the council, the
// frameworks, the dates and the grades are those of the real inspections; the prose is invented.
// Kept inline (not fetched) so that the page needs no network access to show it.

export const EXAMPLES = [
  {
    name: 'Cambridgeshire, child protection inspection, September 2012',
    text: `Inspection of local authority arrangements for the protection of children

Cambridgeshire County Council

Inspection dates: 10–20 September 2012

Record of main findings

Overall effectiveness                                        Inadequate
The effectiveness of the help and protection provided
to children, young people, families and carers               Inadequate
The quality of practice                                      Inadequate
Leadership and governance                                    Adequate

About this inspection

Inspectors spent two weeks with the council’s social workers, their managers and the agencies
that work alongside them. They read case files, watched meetings take place, and talked with
children, parents and carers about the help they had been given.

Key findings

Too many children wait too long before anyone checks whether they are safe. Referrals pile up
at the front door, and when a visit is made the notes often do not say what the child said or
how the child seemed. Plans written after conferences are vague, so families are not sure what
has to change or by when.

Social workers carry high caseloads and many are new to the county. Supervision takes place
but rarely challenges drift. Senior leaders know that the service is struggling and have found
money for more staff, but these changes are recent and have not yet made a difference that
children can feel.

What the council needs to do

Within three months, make sure every referral is looked at by a qualified social worker on the
day it arrives, and that children at risk of harm are seen without delay.

Within six months, make sure every child protection plan says what must change, who will do
it, and how everyone will know it has worked.
`,
  },
  {
    name: 'Cambridgeshire, single inspection framework, June 2014',
    text: `Cambridgeshire County Council

Inspection of services for children in need of help and protection, children looked after and
care leavers
and
Review of the effectiveness of the Local Safeguarding Children Board

Inspection dates: 3 June 2014 – 25 June 2014
Report published: 8 August 2014

Children’s services in Cambridgeshire are good

1. Children who need help and protection                      Requires improvement
2. Children looked after and achieving permanence             Good
   2.1 Adoption performance                                   Good
   2.2 Experiences and progress of care leavers               Good
3. Leadership, management and governance                      Good

The Local Safeguarding Children Board (LSCB) is good.

Summary of key findings

Since the last inspection, leaders have rebuilt the front door. Referrals are now screened on
the day they arrive, and children who may be at risk are seen quickly. Still, the quality of
assessments varies from team to team, and some plans for children in need are not reviewed
often enough, which is why help and protection is not yet good.

Children who cannot live at home find stable homes. Decisions about adoption are made promptly,
and brothers and sisters are kept together wherever that is right for them. Young people
leaving care say their personal advisers stay in touch and help them with housing, college and
work.

Elected members and senior managers know their services well. They have kept caseloads down,
trained new managers, and listen to what children tell them.

What the local authority needs to improve

Make sure every assessment of a child in need is finished on time and is of a consistently good
standard across the county.
`,
  },
];

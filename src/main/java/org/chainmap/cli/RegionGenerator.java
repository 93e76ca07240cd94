package org.chainmap.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.chainmap.model.Chain;
import org.chainmap.model.CreditCode;
import org.chainmap.model.Enterprise;
import org.chainmap.model.Extras;
import org.chainmap.model.Origin;
import org.chainmap.model.Provenance;
import org.chainmap.model.Region;
import org.chainmap.model.RegionMap;
import org.chainmap.model.Role;
import org.chainmap.model.Segment;
import org.chainmap.model.Stage;
import org.chainmap.model.SupplyLink;

/**
 * Makes synthetic regions shaped like real ones, for benchmarks and for trying the application at scale.
 *
 * <p>A region has {@value #CHAINS} chains, each with segments in three stages that feed the next stage (a few
 * feed into another chain, and in every fourth chain a recycling segment feeds back to the start, making a
 * cycle). Firms crowd into segments by a Zipf law: a few segments hold most of them, most hold few; about
 * one segment in twelve is empty and one in five holds one to three firms, so that real missing (缺链) and
 * weak (弱链) segments appear at every size. About {@value #EXTERNAL_PERCENT}% of the firms are external.
 * Every firm supplies two to four others (2.7 on average), mostly in the segments its main segment feeds.
 * Local firms carry 规上 about a third of the time, most firms have a revenue, and some links a value.
 *
 * <p>The same size and seed always give the same map, on every Java version: the only source of chance is
 * {@link java.util.Random}, whose sequence its specification fixes.
 */
public final class RegionGenerator {

    /** The number of chains, as in Hengyang. */
    public static final int CHAINS = 14;

    /** The share of external firms, in percent. */
    static final int EXTERNAL_PERCENT = 15;

    /** Zipf exponent of the firms per segment: the larger, the more crowded the first segments. */
    private static final double ZIPF = 1.1;

    private static final String SCALE = "规上";

    /** Per chain: id, name, English name, the word of its firms' names, colour. */
    private static final String[][] THEMES = {
        {"power", "新型能源及电力装备产业链", "New energy and power equipment", "电气", "#C0392B"},
        {"chem", "化工新材料产业链", "Chemical new materials", "化工", "#8E44AD"},
        {"nonferrous", "有色金属及合金新材料产业链", "Non-ferrous metals and alloys", "有色", "#7F8C8D"},
        {"steelpipe", "钢管及深加工产业链", "Steel pipes and processing", "钢管", "#34495E"},
        {"auto", "汽车及零部件产业链", "Automobiles and parts", "汽车", "#2980B9"},
        {"biomed", "生物医药产业链", "Biomedicine", "医药", "#27AE60"},
        {"electronics", "电子信息产业链", "Electronic information", "电子", "#16A085"},
        {"nuclear", "核技术应用产业链", "Nuclear technology applications", "核技术", "#D35400"},
        {"equipment", "先进装备制造产业链", "Advanced equipment manufacturing", "装备", "#2C3E50"},
        {"tourism", "文化旅游康养产业链", "Culture, tourism and wellness", "文旅", "#E67E22"},
        {"logistics", "现代物流产业链", "Modern logistics", "物流", "#F39C12"},
        {"food", "生态绿色食品产业链", "Green food", "食品", "#6AB04C"},
        {"textile", "纺织服装产业链", "Textiles and apparel", "纺织", "#E84393"},
        {"digital", "数字经济产业链", "Digital economy", "数字", "#0984E3"},
    };

    private static final String[][] TERMS = {
        {"原材料", "关键材料", "基础零部件", "矿产资源", "基础化学品", "电子元器件", "铸锻件", "专用设备", "辅料"},
        {"核心部件", "整机制造", "系统集成", "加工制造", "模组", "中间品", "配套件", "工艺装备", "精深加工"},
        {"终端产品", "工程应用", "运维服务", "流通销售", "品牌运营", "检测认证", "应用服务", "出口贸易"},
    };
    private static final String RECYCLING = "回收利用";

    private static final String BRAND_FIRST = "恒华新中鑫金瑞天宏永远盛泰嘉博联创众雁衡";
    private static final String BRAND_SECOND = "达信源兴通晟宇丰安力邦程峰阳川汇诚和科润";
    private static final String[] SUFFIXES = {"有限公司", "科技有限公司", "股份有限公司", "制造有限公司"};
    private static final String[] COUNTIES = {"东城区", "西湖区", "北塘区", "南岭县", "青山县", "白沙县", "石门市", "桃源县"};
    private static final String[] PARKS = {"高新技术产业开发区", "经济技术开发区", "工业园", "综合保税区"};
    private static final String[][] ORIGINS = {
        {"湖南省", "长沙市"}, {"湖南省", "株洲市"}, {"广东省", "深圳市"}, {"广东省", "广州市"}, {"江苏省", "苏州市"},
        {"浙江省", "宁波市"}, {"上海市", null}, {"湖北省", "武汉市"}, {"江西省", "鹰潭市"}, {"北京市", null},
    };
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** What {@link #plan} decided for one segment. */
    private static final class Plan {
        final int chain;
        final Stage stage;
        final String id;
        final String name;
        final List<Integer> feeds = new ArrayList<>();
        /** Fixed number of firms (0 for an empty segment), or -1 for a segment that draws from the Zipf law. */
        int fixed = -1;
        /** The segment's place in the Zipf ranking, 1 the most crowded; 0 when fixed. */
        int rank;

        int[] members = new int[4];
        int size;
        boolean hasLeader;

        Plan(int chain, Stage stage, String id, String name) {
            this.chain = chain;
            this.stage = stage;
            this.id = id;
            this.name = name;
        }

        void add(int firm) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
            }
            members[size++] = firm;
        }
    }

    private final Random random;
    private final int count;
    private final List<Plan> plans = new ArrayList<>();
    /** Index of the first segment of each chain in {@link #plans}, and one past the last. */
    private final int[] chainStart = new int[CHAINS + 1];

    private RegionGenerator(int count, long seed) {
        this.count = count;
        this.random = new Random(seed);
    }

    /**
     * A region of {@code enterprises} firms, the same for the same arguments.
     *
     * @param enterprises the number of enterprises, at least 1
     * @param seed the seed of every random choice
     * @return a map that {@link org.chainmap.model.MapValidator} finds no problem in
     */
    public static RegionMap generate(int enterprises, long seed) {
        if (enterprises < 1) {
            throw new IllegalArgumentException("a region needs at least one enterprise: " + enterprises);
        }
        return new RegionGenerator(enterprises, seed).build();
    }

    private RegionMap build() {
        plan();
        int[] main = mainSegments();
        List<Enterprise> firms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            firms.add(firm(i, main[i]));
        }
        List<Chain> chains = new ArrayList<>(CHAINS);
        for (int c = 0; c < CHAINS; c++) {
            chains.add(chain(c));
        }
        Region region =
                new Region("合成市", "999999", "合成市产业链图谱（" + count + " 家企业）", "2026-11", "chainmap generate", Extras.NONE);
        return new RegionMap(region, null, chains, firms, links(main), List.of(), Extras.NONE);
    }

    /** Decides each chain's segments, their feeds and how many firms each draws. */
    private void plan() {
        int base = 6 + (int) (4 * Math.log10(Math.max(1, count / 100.0)));
        for (int c = 0; c < CHAINS; c++) {
            chainStart[c] = plans.size();
            int n = Math.max(5, base - 2 + random.nextInt(5));
            int up = Math.max(1, Math.round(n * 0.3f));
            int down = Math.max(1, Math.round(n * 0.3f));
            boolean recycles = c % 4 == 1;
            int[] perStage = {up, n - up - down, down};
            for (Stage stage : Stage.values()) {
                for (int k = 0; k < perStage[stage.ordinal()]; k++) {
                    boolean recycler = recycles && stage == Stage.DOWNSTREAM && k == perStage[2] - 1;
                    String[] terms = TERMS[stage.ordinal()];
                    String term = recycler
                            ? RECYCLING
                            : terms[k % terms.length] + (k < terms.length ? "" : String.valueOf(k / terms.length + 1));
                    String id = THEMES[c][0] + "." + stage.id().charAt(0) + (k + 1);
                    plans.add(new Plan(c, stage, id, THEMES[c][3] + term));
                }
            }
        }
        chainStart[CHAINS] = plans.size();
        for (int c = 0; c < CHAINS; c++) {
            planFeeds(c);
        }
        List<Plan> drawn = new ArrayList<>();
        for (Plan plan : plans) {
            double kind = random.nextDouble();
            if (kind < 0.08) {
                plan.fixed = 0;
            } else if (kind < 0.28) {
                plan.fixed = 1 + random.nextInt(3);
            } else {
                drawn.add(plan);
            }
        }
        for (int i = drawn.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            drawn.set(i, drawn.set(j, drawn.get(i)));
        }
        for (int r = 0; r < drawn.size(); r++) {
            drawn.get(r).rank = r + 1;
        }
    }

    /** Each segment but a downstream one feeds one to three later segments of its chain; a few feed elsewhere. */
    private void planFeeds(int c) {
        int from = chainStart[c];
        int to = chainStart[c + 1];
        for (int s = from; s < to; s++) {
            Plan plan = plans.get(s);
            if (plan.stage != Stage.DOWNSTREAM) {
                int next = s + 1;
                while (next < to && plans.get(next).stage == plan.stage) {
                    next++;
                }
                int wanted = 1 + random.nextInt(3);
                for (int k = 0; k < wanted * 2 && plan.feeds.size() < wanted; k++) {
                    int target = random.nextInt(4) == 0 && s + 1 < next
                            ? s + 1 + random.nextInt(next - s - 1)
                            : next + random.nextInt(Math.min(4, to - next));
                    addFeed(plan, target);
                }
            }
            if (plan.stage != Stage.UPSTREAM && random.nextDouble() < 0.1) {
                int other = (c + 1 + random.nextInt(CHAINS - 1)) % CHAINS;
                int target = chainStart[other] + random.nextInt(chainStart[other + 1] - chainStart[other]);
                if (plans.get(target).stage == Stage.MIDSTREAM) {
                    addFeed(plan, target);
                }
            }
            if (plan.name.endsWith(RECYCLING)) {
                addFeed(plan, from);
            }
        }
    }

    private void addFeed(Plan plan, int target) {
        if (!plan.feeds.contains(target) && plans.get(target) != plan) {
            plan.feeds.add(target);
        }
    }

    /** The main segment of each firm: first the segments of fixed size, then draws from the Zipf law, shuffled. */
    private int[] mainSegments() {
        int[] main = new int[count];
        int k = 0;
        for (int s = 0; s < plans.size() && k < count / 4; s++) {
            for (int j = 0; j < plans.get(s).fixed && k < count / 4; j++) {
                main[k++] = s;
            }
        }
        double[] cumulative = new double[plans.size()];
        double total = 0;
        for (int s = 0; s < plans.size(); s++) {
            int rank = plans.get(s).rank;
            total += rank == 0 ? 0 : Math.pow(rank, -ZIPF);
            cumulative[s] = total;
        }
        for (; k < count; k++) {
            main[k] = draw(cumulative, total);
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = main[i];
            main[i] = main[j];
            main[j] = swap;
        }
        return main;
    }

    private int draw(double[] cumulative, double total) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
        int s = at >= 0 ? at + 1 : -at - 1;
        while (s < cumulative.length - 1 && plans.get(s).rank == 0) {
            s++; // a draw of exactly a boundary lands on the next segment that draws
        }
        return Math.min(s, cumulative.length - 1);
    }

    private Enterprise firm(int i, int mainSegment) {
        Plan plan = plans.get(mainSegment);
        List<String> segments = new ArrayList<>(2);
        segments.add(plan.id);
        plan.add(i);
        if (plan.fixed < 0 && random.nextDouble() < 0.1) {
            int second = chainStart[plan.chain] + random.nextInt(chainStart[plan.chain + 1] - chainStart[plan.chain]);
            Plan other = plans.get(second);
            if (other != plan && other.fixed < 0) {
                segments.add(other.id);
                other.add(i);
            }
        }
        boolean local = random.nextInt(100) >= (plan.fixed < 0 ? EXTERNAL_PERCENT - 1 : 50);
        boolean leader = local && !plan.hasLeader && plan.rank > 0 && plan.rank <= 2 * CHAINS;
        plan.hasLeader |= leader;
        boolean scale = leader || local && random.nextDouble() < (plan.fixed < 0 ? 0.35 : 0.2);
        List<String> tags = new ArrayList<>(3);
        if (leader) {
            tags.add("链主");
        }
        if (scale) {
            tags.add(SCALE);
        }
        addTag(tags, "高新", local ? 0.12 : 0.2);
        addTag(tags, "专精特新", local ? 0.04 : 0.02);
        addTag(tags, "上市", leader ? 0.5 : local ? 0.01 : 0.25);
        Long revenue = random.nextInt(100) < 85 ? revenue(leader, scale, local) : null;
        String[] origin = ORIGINS[Math.min(ORIGINS.length - 1, (int) (Math.abs(random.nextGaussian()) * 3))];
        String county =
                local ? COUNTIES[Math.min(COUNTIES.length - 1, (int) (Math.abs(random.nextGaussian()) * 3))] : null;
        return new Enterprise(
                "f" + (i + 1),
                name(plan.chain),
                local && random.nextInt(5) < 2 ? creditCode() : null,
                local,
                local ? null : Origin.of(origin[0], origin[1]),
                county,
                local && random.nextInt(5) < 2 ? county + PARKS[random.nextInt(PARKS.length)] : null,
                segments,
                leader ? Role.LEADER : role(),
                tags,
                revenue,
                revenue == null ? null : random.nextInt(10) == 0 ? 2023 : 2024,
                List.of(),
                null,
                Provenance.NONE,
                Extras.NONE);
    }

    private void addTag(List<String> tags, String tag, double share) {
        if (random.nextDouble() < share) {
            tags.add(tag);
        }
    }

    /** Yuan: 规上 firms at least 20 million (the threshold of the name), the rest below; leaders in billions. */
    private long revenue(boolean leader, boolean scale, boolean local) {
        double spread = Math.abs(random.nextGaussian());
        if (leader) {
            return (long) (2e9 * Math.exp(spread));
        }
        if (!local) {
            return (long) (1e8 * Math.exp(2 * spread));
        }
        if (scale) {
            return (long) (2e7 * Math.exp(1.2 * spread));
        }
        return (long) (1e6 + 1.9e7 * random.nextDouble() * random.nextDouble());
    }

    private Role role() {
        int r = random.nextInt(100);
        return r < 6 ? Role.SERVICE : r < 76 ? Role.SUPPLIER : null;
    }

    private String name(int chain) {
        return "" + BRAND_FIRST.charAt(random.nextInt(BRAND_FIRST.length()))
                + BRAND_SECOND.charAt(random.nextInt(BRAND_SECOND.length()))
                + THEMES[chain][3]
                + SUFFIXES[random.nextInt(SUFFIXES.length)];
    }

    /** A well-formed unified social credit code of a company (91) registered in the region. */
    private String creditCode() {
        StringBuilder code = new StringBuilder("91999999");
        for (int k = 0; k < 9; k++) {
            code.append(CODE_CHARS.charAt(random.nextInt(k == 8 ? 10 : CODE_CHARS.length())));
        }
        return code.append(CreditCode.expectedCheck(code.toString()).orElseThrow())
                .toString();
    }

    private Chain chain(int c) {
        List<Segment> segments = new ArrayList<>();
        for (int s = chainStart[c]; s < chainStart[c + 1]; s++) {
            Plan plan = plans.get(s);
            List<String> feeds = new ArrayList<>(plan.feeds.size());
            plan.feeds.forEach(target -> feeds.add(plans.get(target).id));
            boolean core = plan.stage == Stage.MIDSTREAM && s % 3 == 0;
            segments.add(new Segment(
                    plan.id,
                    plan.name,
                    null,
                    plan.stage,
                    0,
                    List.of(),
                    List.of(),
                    core,
                    feeds,
                    Provenance.NONE,
                    Extras.NONE));
        }
        String[] theme = THEMES[c];
        return new Chain(
                theme[0],
                theme[1],
                theme[2],
                theme[4],
                null,
                null,
                null,
                segments,
                null,
                null,
                Provenance.NONE,
                Extras.NONE);
    }

    /** Two to four customers per firm: 85% in a segment its main segment feeds, often the segment's first firms. */
    private List<SupplyLink> links(int[] main) {
        List<SupplyLink> links = new ArrayList<>(count * 3);
        int[] chosen = new int[4];
        for (int i = 0; i < count; i++) {
            Plan plan = plans.get(main[i]);
            int wanted = Math.min(count - 1, 2 + (random.nextInt(100) < 45 ? 0 : random.nextInt(100) < 73 ? 1 : 2));
            int found = 0;
            for (int attempt = 0; found < wanted && attempt < 40; attempt++) {
                int customer = customer(plan);
                if (customer == i || contains(chosen, found, customer)) {
                    continue;
                }
                chosen[found++] = customer;
                Long value =
                        random.nextInt(10) < 4 ? (long) (1e5 * Math.exp(2.5 * Math.abs(random.nextGaussian()))) : null;
                String product = random.nextInt(4) == 0 ? plan.name : null;
                links.add(new SupplyLink(
                        null, "f" + (i + 1), "f" + (customer + 1), product, value, Provenance.NONE, Extras.NONE));
            }
        }
        return links;
    }

    private int customer(Plan supplier) {
        if (!supplier.feeds.isEmpty() && random.nextInt(100) < 85) {
            Plan fed = plans.get(supplier.feeds.get(random.nextInt(supplier.feeds.size())));
            if (fed.size > 0) {
                int hub = Math.min(fed.size, 3);
                return fed.members[random.nextInt(3) == 0 ? random.nextInt(hub) : random.nextInt(fed.size)];
            }
        }
        int from = chainStart[supplier.chain];
        Plan peer = plans.get(from + random.nextInt(chainStart[supplier.chain + 1] - from));
        if (peer.size > 0 && random.nextBoolean()) {
            return peer.members[random.nextInt(peer.size)];
        }
        return random.nextInt(count);
    }

    private static boolean contains(int[] values, int size, int value) {
        for (int k = 0; k < size; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }
}

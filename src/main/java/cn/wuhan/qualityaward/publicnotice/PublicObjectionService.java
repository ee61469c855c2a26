package cn.wuhan.qualityaward.publicnotice;

import cn.wuhan.qualityaward.api.Conflict;
import cn.wuhan.qualityaward.api.NotFound;
import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.common.CanonicalText;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.nomination.CitizenIdNumber;
import cn.wuhan.qualityaward.nomination.IdNumberProtection;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.document.FileKind;
import cn.wuhan.qualityaward.nomination.document.FileNames;
import cn.wuhan.qualityaward.notice.ObjectionStatus;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections from the public (公示期间实名异议), checked before the objection process is started:
 * within the notice period, about a candidate still on the published list, under a real name with a
 * valid resident ID number (GB 11643, kept only as its keyed hash), a phone number, the grounds and a
 * declaration that they are true; the same person about the same candidate once. Evidence follows the
 * rules of a nomination's materials: PDF, JPEG or PNG by content, at most {@code award.documents.max-bytes}.
 */
@Service
public class PublicObjectionService {

    static final int MAX_EVIDENCE_FILES = 5;
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final char[] RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final PublicNoticeService notices;
    private final CommitteeService committee;
    private final NominationService nominations;
    private final IdNumberProtection idNumbers;
    private final PublicObjectionRepository objections;
    private final long maxBytes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public PublicObjectionService(
            PublicNoticeService notices,
            CommitteeService committee,
            NominationService nominations,
            IdNumberProtection idNumbers,
            PublicObjectionRepository objections,
            AwardProperties properties,
            Clock clock) {
        this.notices = notices;
        this.committee = committee;
        this.nominations = nominations;
        this.idNumbers = idNumbers;
        this.objections = objections;
        this.maxBytes = properties.documents().maxBytes();
        this.clock = clock;
    }

    /** An objection that passed every check, ready for the objection process. */
    public record Checked(
            String cycleId,
            long nominationId,
            String candidateReference,
            String objectorName,
            String idHash,
            String idLast4,
            String phone,
            String email,
            String grounds,
            List<CheckedFile> evidence) {}

    public record CheckedFile(String name, String contentType, byte[] content, String sha256) {}

    /**
     * Every problem at once, by field, in Chinese: 400 ({@code InvalidInputException}); the same person
     * about the same candidate again: 409 {@code DUPLICATE_OBJECTION}. Changes nothing.
     */
    public Checked check(PublicObjectionRequest r, List<EvidenceFile> files) {
        Problems problems = new Problems();
        String cycleId = strip(r.cycleId());
        Long nominationId = null;
        if (cycleId == null) {
            problems.add("cycleId", "REQUIRED", "请选择评选周期");
        } else {
            Optional<PublicNotice> published = notices.published(cycleId);
            if (published.isEmpty()) {
                problems.add("cycleId", "NOT_IN_NOTICE", "评选周期“" + cycleId + "”没有正在公示的名单，不受理异议");
            } else if (!published.get().open()) {
                problems.add(
                        "cycleId",
                        "NOTICE_CLOSED",
                        "评选周期“" + cycleId + "”的公示期已于" + published.get().endsAtText() + "结束，不再受理异议");
            } else {
                nominationId = listed(cycleId, strip(r.candidateReference()));
                if (r.candidateReference() == null || r.candidateReference().isBlank()) {
                    problems.add("candidateReference", "REQUIRED", "请选择被提出异议的候选人");
                } else if (nominationId == null) {
                    problems.add(
                            "candidateReference",
                            "NOT_ON_LIST",
                            "申报编号“" + r.candidateReference().strip() + "”不在本期公示名单中");
                }
            }
        }
        String name = strip(r.objectorName());
        if (name == null) {
            problems.add("objectorName", "REQUIRED", "请填写您的真实姓名，不受理匿名异议");
        } else {
            problems.limit("objectorName", name, "姓名", 50);
        }
        String idNumber = r.objectorIdNumber() == null
                ? null
                : r.objectorIdNumber().strip().toUpperCase(Locale.ROOT);
        if (idNumber == null || idNumber.isEmpty()) {
            problems.add("objectorIdNumber", "REQUIRED", "请填写您的居民身份证号码");
        } else if (!CitizenIdNumber.isValid(idNumber, LocalDate.now(clock))) {
            problems.add("objectorIdNumber", "ID_NUMBER_INVALID", "居民身份证号码不正确：须为18位，出生日期和校验位有效");
        }
        String phone = r.objectorPhone() == null
                ? null
                : r.objectorPhone().replace(" ", "").strip();
        if (phone == null || phone.isEmpty()) {
            problems.add("objectorPhone", "REQUIRED", "请填写联系电话");
        } else if (!PHONE.matcher(phone).matches()) {
            problems.add("objectorPhone", "PHONE_INVALID", "联系电话须为11位手机号码或带区号的固定电话");
        }
        String email = strip(r.objectorEmail());
        if (email != null && (email.length() > 100 || !EMAIL.matcher(email).matches())) {
            problems.add("objectorEmail", "EMAIL_INVALID", "电子邮箱格式不正确（可不填）");
        }
        String grounds = strip(r.grounds());
        if (grounds == null) {
            problems.add("grounds", "REQUIRED", "请写明异议的事实和理由");
        } else {
            problems.limit("grounds", grounds, "异议的事实和理由", 4000);
        }
        if (!Boolean.TRUE.equals(r.truthDeclared())) {
            problems.add("truthDeclared", "TRUTH_NOT_DECLARED", "请承诺所反映的情况属实，并愿意承担相应责任");
        }
        List<CheckedFile> evidence = evidence(files == null ? List.of() : files, problems);
        problems.throwIfAny();
        String idHash = idNumbers.hash(idNumber);
        if (objections.exists(nominationId, idHash)) {
            throw duplicate();
        }
        return new Checked(
                cycleId,
                nominationId,
                strip(r.candidateReference()),
                name,
                idHash,
                IdNumberProtection.lastFour(idNumber),
                phone,
                email,
                grounds,
                evidence);
    }

    /** Stores what the objection process does not: contact, hashed identity, evidence; returns the receipt code. */
    @Transactional
    public String record(long objectionId, Checked c) {
        String receipt = receipt();
        try {
            objections.insert(objectionId, receipt, c);
        } catch (DuplicateKeyException sameMomentSamePerson) {
            throw duplicate();
        }
        c.evidence().forEach(f -> objections.insertEvidence(objectionId, f, clock.instant()));
        return receipt;
    }

    /** Where the objection with this receipt stands; 404 for an unknown receipt. */
    public PublicObjectionStatus status(String receipt) {
        String code = receipt == null ? "" : receipt.strip().toUpperCase(Locale.ROOT);
        PublicObjectionRepository.Row row =
                objections.byReceipt(code).orElseThrow(() -> new NotFound("没有回执编号为“" + code + "”的异议，请核对后再查询"));
        String status;
        String outcome = null;
        if (ObjectionStatus.OPEN.name().equals(row.status())
                || ObjectionStatus.INVESTIGATED.name().equals(row.status())) {
            // investigated: the office's finding is recorded and the committee is voting
            status = row.investigated() ? "调查中" : "受理";
        } else {
            status = "已决定";
            outcome = switch (row.status()) {
                case "UPHELD" -> "异议成立，候选人已撤出拟表彰名单";
                case "DISMISSED" -> "异议不成立";
                default -> "已作出处理决定";
            };
        }
        return new PublicObjectionStatus(code, row.cycleId(), row.reference(), status, outcome, row.filedAt());
    }

    /** One evidence file as the office and committee see it listed. */
    public record Evidence(long id, String fileName, String contentType, long sizeBytes) {}

    /**
     * What the office and the committee see of a public objector beyond the objection process: the
     * receipt, phone, e-mail, the ID number masked to its last four characters, and the evidence.
     * Empty for an objection filed through Tasklist.
     */
    public record ObjectorFiling(
            String receipt,
            String objectorPhone,
            String objectorEmail,
            String objectorIdNumber,
            List<Evidence> evidence) {}

    public Optional<ObjectorFiling> filing(long objectionId) {
        return objections
                .filing(objectionId)
                .map(f -> new ObjectorFiling(
                        f.receipt(),
                        f.phone(),
                        f.email(),
                        IdNumberProtection.masked(f.idLast4()),
                        objections.evidence(objectionId)));
    }

    public Optional<Evidence> evidence(long objectionId, long evidenceId) {
        return objections.evidence(objectionId).stream()
                .filter(e -> e.id() == evidenceId)
                .findFirst();
    }

    public Optional<byte[]> evidenceContent(long objectionId, long evidenceId) {
        return objections.evidenceContent(objectionId, evidenceId);
    }

    private Long listed(String cycleId, String reference) {
        if (reference == null) {
            return null;
        }
        for (long id : committee.proposed(cycleId)) {
            Nomination candidate = nominations.get(id);
            if (reference.equals(candidate.referenceNo())) {
                return id;
            }
        }
        return null;
    }

    private List<CheckedFile> evidence(List<EvidenceFile> files, Problems problems) {
        List<EvidenceFile> given =
                files.stream().filter(f -> f != null && f.content() != null).toList();
        if (given.size() > MAX_EVIDENCE_FILES) {
            problems.add("evidence", "TOO_MANY_FILES", "证明材料最多" + MAX_EVIDENCE_FILES + "个文件");
            return List.of();
        }
        List<CheckedFile> checked = new ArrayList<>();
        for (EvidenceFile file : given) {
            String label = "证明材料“" + (file.name() == null ? "" : file.name()) + "”";
            if (file.content().length == 0) {
                problems.add("evidence", "FILE_EMPTY", label + "是空文件");
                continue;
            }
            if (file.content().length > maxBytes) {
                problems.add("evidence", "FILE_TOO_LARGE", label + "超过" + (maxBytes / 1024 / 1024) + "MB的上限");
                continue;
            }
            Optional<FileKind> kind = FileKind.of(file.content());
            if (kind.isEmpty()) {
                problems.add("evidence", "UNSUPPORTED_FILE_TYPE", label + "不是PDF、JPEG或PNG文件（按文件内容识别，与文件名无关）");
                continue;
            }
            String name;
            try {
                name = FileNames.clean(file.name(), kind.get(), "evidence", "证明材料");
            } catch (InvalidInputException refused) {
                refused.problems().forEach(p -> problems.add(p.field(), p.code(), p.message()));
                continue;
            }
            checked.add(new CheckedFile(name, kind.get().contentType(), file.content(), sha256(file.content())));
        }
        return checked;
    }

    private String receipt() {
        StringBuilder code = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            code.append(RECEIPT_ALPHABET[random.nextInt(RECEIPT_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static Conflict duplicate() {
        return new Conflict("DUPLICATE_OBJECTION", "您已对该候选人提出过异议，同一人对同一候选人只能提出一次；请凭回执编号查询办理情况");
    }

    /** Null for text that shows nothing a person could read (spaces, invisible characters of every kind). */
    private static String strip(String value) {
        return value == null || CanonicalText.isBlank(value) ? null : CanonicalText.trim(value);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

package cn.kaifeng.tfs.letter.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.kaifeng.tfs.shared.pdf.HostilePdfs;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A file built to exhaust the reader is not a signed letter, and says so instead of failing. */
class SignatureCheckHostileTest {

    static Stream<byte[]> hostile() {
        return Stream.of(
                HostilePdfs.flateBombInObjectStream(HostilePdfs.TWO_GIB),
                HostilePdfs.flateBombInXrefStream(HostilePdfs.TWO_GIB),
                HostilePdfs.flateBombFoundByRepair(HostilePdfs.TWO_GIB),
                HostilePdfs.predictorBomb(),
                HostilePdfs.deepFieldTree(50_000),
                HostilePdfs.longChain(50_000));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void is_not_signed(byte[] pdf) {
        assertEquals(new SignatureCheck.Result(false, false, false, null), SignatureCheck.of(pdf));
    }
}

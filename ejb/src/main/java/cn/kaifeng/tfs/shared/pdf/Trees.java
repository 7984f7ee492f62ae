package cn.kaifeng.tfs.shared.pdf;

import cn.kaifeng.tfs.shared.pdf.PdfTooComplexException.Limit;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

/**
 * Depth checks, without recursion, of the trees PDFBox walks recursively: the page tree and the form field tree
 * (both by {@code /Kids}), and the {@code /Parent} chains of form fields, which PDFBox follows recursively to find a
 * field's type.
 */
final class Trees {

    private record Node(COSDictionary dictionary, int depth) {}

    private Trees() {}

    /** {@code top} is a tree's root dictionary, or an array of roots (a form's {@code /Fields}). */
    static void requireDepthWithin(COSBase top, PdfGuard guard) throws PdfTooComplexException {
        int max = guard.limits().maxTreeDepth();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        for (COSDictionary root : dictionaries(top)) {
            todo.push(new Node(root, 1));
        }
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node.dictionary())) {
                continue;
            }
            guard.checkpoint();
            if (node.depth() > max || parents(node.dictionary(), max, guard) > max) {
                throw guard.exceed(Limit.NESTING, "a tree deeper than " + max + " levels");
            }
            for (COSDictionary kid : dictionaries(node.dictionary().getDictionaryObject(COSName.KIDS))) {
                todo.push(new Node(kid, node.depth() + 1));
            }
        }
    }

    /** How many {@code /Parent} links lead up from {@code node}, counting no further than {@code max + 1}. */
    private static int parents(COSDictionary node, int max, PdfGuard guard) throws PdfTooComplexException {
        int count = 0;
        COSBase parent = node.getDictionaryObject(COSName.PARENT);
        while (parent instanceof COSDictionary dictionary && count <= max) {
            guard.checkpoint();
            count++;
            parent = dictionary.getDictionaryObject(COSName.PARENT);
        }
        return count;
    }

    private static Iterable<COSDictionary> dictionaries(COSBase base) {
        Deque<COSDictionary> found = new ArrayDeque<>();
        if (base instanceof COSDictionary dictionary) {
            found.add(dictionary);
        } else if (base instanceof COSArray array) {
            for (COSBase each : array) {
                COSBase resolved = each instanceof COSObject reference ? reference.getObject() : each;
                if (resolved instanceof COSDictionary dictionary) {
                    found.add(dictionary);
                }
            }
        }
        return found;
    }
}

// Why a criterion lost points ("Do …" / "Lý do: …", written without the cue word and without a
// final stop) and what the agency plans to do about it, per concept id. Generic reasons fill in.

export const GENERIC_REASONS: readonly string[] = [
  'không có tài liệu kiểm chứng',
  'tài liệu kiểm chứng chưa đầy đủ, chưa rõ ràng',
  'thực hiện chưa đúng thời gian quy định',
  'nội dung thực hiện chưa đảm bảo theo yêu cầu của Bộ tiêu chí',
]

export const REASONS: Readonly<Record<string, readonly string[]>> = {
  'plan-annual': ['kế hoạch CCHC năm ban hành chậm so với thời gian quy định', 'chưa hoàn thành 100% nhiệm vụ đề ra trong kế hoạch'],
  'task-completion': ['tỷ lệ hoàn thành nhiệm vụ trên các lĩnh vực chưa đạt 100%'],
  'report-periodic': ['báo cáo quý III gửi chậm so với quy định', 'báo cáo chưa đầy đủ nội dung theo đề cương hướng dẫn'],
  'inspection': ['số đơn vị được kiểm tra chưa đạt 80% theo kế hoạch kiểm tra', 'chưa thực hiện đầy đủ kế hoạch kiểm tra đã ban hành'],
  'remediation': ['còn 02 tồn tại do cấp trên chỉ ra chưa được khắc phục', 'chưa có báo cáo kết quả khắc phục sau kiểm tra'],
  'propaganda': ['chưa có Kế hoạch tuyên truyền CCHC riêng', 'chưa thực hiện tuyên truyền nội dung CCHC thông qua các hình thức khác (cuộc thi tìm hiểu, tọa đàm, sân khấu hóa)'],
  'initiative': ['không có sáng kiến được UBND tỉnh công nhận', 'không có sáng kiến cấp tỉnh về công tác CCHC năm trước liền kề', 'có đăng ký sáng kiến nhưng chưa được Hội đồng sáng kiến tỉnh công nhận'],
  'annual-review': ['không tổ chức hội nghị tổng kết công tác CCHC', 'báo cáo tổng kết chưa đánh giá đầy đủ kết quả thực hiện'],
  'working-time': ['có phản ánh của người dân về việc cán bộ, công chức không có mặt tại nơi làm việc', 'qua kiểm tra đột xuất có công chức đi muộn, về sớm'],
  'assigned-tasks': ['còn 03 nhiệm vụ UBND tỉnh giao hoàn thành chậm so với thời hạn'],
  'policy-advice': ['không có tài liệu kiểm chứng về việc tham mưu ban hành cơ chế, chính sách'],
  'legal-process': ['việc lấy ý kiến dự thảo văn bản QPPL chưa đảm bảo thời gian theo quy định (ít nhất 30 ngày)', 'có dự thảo chưa gửi Sở Tư pháp thẩm định trước khi trình'],
  'legal-comment': ['tỷ lệ văn bản góp ý đạt chất lượng chỉ đạt 84%', 'có văn bản góp ý gửi chậm so với thời hạn đề nghị'],
  'legal-review': ['chưa ban hành kế hoạch rà soát, hệ thống hóa VBQPPL', 'kết quả rà soát chưa được công bố theo quy định'],
  'law-monitoring': ['chưa ban hành kế hoạch theo dõi thi hành pháp luật trong lĩnh vực được giao', 'báo cáo theo dõi thi hành pháp luật gửi chậm'],
  'tthc-publish': ['trong năm không phát sinh TTHC mới cần công bố nên không được chấm điểm tối đa', 'chỉ niêm yết công khai TTHC tại Bộ phận tiếp nhận và trả kết quả, chưa công khai trên trang thông tin điện tử'],
  'tthc-review': ['chưa hoàn thành 100% kế hoạch và chưa có sáng kiến cải cách TTHC', 'kết quả rà soát chưa đề xuất được phương án đơn giản hóa'],
  'tthc-simplify': ['có rút ngắn và đơn giản hóa TTHC nhưng chưa có cải tiến'],
  'feedback': ['không công khai quy trình xử lý phản ánh, kiến nghị', 'còn 01 phản ánh xử lý quá hạn'],
  'onestop-room': ['diện tích chưa đáp ứng yêu cầu', 'trang thiết bị tại Bộ phận một cửa chưa đầy đủ theo quy định'],
  'onestop-tracking': ['không có báo cáo mỗi 2 tuần', 'sổ theo dõi hồ sơ chưa cập nhật đầy đủ'],
  'ontime-rate': ['tỷ lệ hồ sơ giải quyết đúng hạn chỉ đạt 96,5%', 'còn 12 hồ sơ giải quyết trễ hạn nhưng chưa có văn bản xin lỗi'],
  'onestop-survey': ['không có phiếu đánh giá, báo cáo tổng hợp', 'tỷ lệ đánh giá trên cổng đánh giá của tỉnh chỉ đạt 85%'],
  'org-structure': ['có ban hành chức năng, nhiệm vụ các phòng nhưng quá chậm', 'đơn vị sự nghiệp trực thuộc không đảm bảo tiêu chí thành lập nhưng chưa có phương án sắp xếp'],
  'coordination': ['chưa ban hành quy chế phối hợp với các cơ quan liên quan'],
  'staffing': ['sử dụng biên chế chưa đúng với số lượng được giao', 'chưa thực hiện tinh giản biên chế theo lộ trình'],
  'decentralization': ['chưa thực hiện đầy đủ các nội dung phân cấp theo quy định của UBND tỉnh'],
  'job-positions': ['UBND tỉnh chưa phê duyệt đề án vị trí việc làm', 'cơ cấu ngạch công chức chưa phù hợp với vị trí việc làm'],
  'qualification': ['một số cán bộ chưa có trình độ chuyên môn theo yêu cầu', 'tỷ lệ đạt chuẩn chỉ đạt từ 80% - dưới 100%'],
  'training': ['chưa cử đủ số lượng công chức tham gia bồi dưỡng theo kế hoạch'],
  'discipline': ['có công chức vi phạm kỷ luật, kỷ cương hành chính', 'có cán bộ bị xử lý kỷ luật trong năm'],
  'autonomy-admin': ['mức tăng thu nhập hàng tháng bình quân dưới 0,3 lần lương tối thiểu', 'quy chế chi tiêu nội bộ chưa được sửa đổi, bổ sung kịp thời'],
  'autonomy-units': ['không có đơn vị sự nghiệp công lập tự bảo đảm một phần chi thường xuyên tăng so với năm trước', 'đơn vị sự nghiệp trực thuộc chưa xây dựng phương án tự chủ'],
  'budget-cut': ['kinh phí được cấp tăng so với năm trước'],
  'audit-followup': ['còn kiến nghị sau thanh tra chưa thực hiện xong'],
  'ict-readiness': ['xếp vị thứ 12 trong bảng xếp hạng của tỉnh', 'chỉ số chính quyền số chỉ đạt 85% theo bộ tiêu chí'],
  'website': ['trang thông tin điện tử chưa cập nhật đầy đủ thông tin theo quy định', 'một số chuyên mục của Cổng thông tin điện tử chưa được cập nhật thường xuyên'],
  'online-services': ['không có dịch vụ công được cung cấp trực tuyến ở mức độ 3 và 4', 'tỷ lệ hồ sơ phát sinh trực tuyến mức độ 3 đạt tỷ lệ thấp (40%)'],
  'online-level4': ['chưa có TTHC mức độ 4 phát sinh hồ sơ trực tuyến'],
  'e-documents': ['tỷ lệ văn bản đi gửi dưới dạng điện tử chưa đạt 90%', 'một số phòng chưa sử dụng thường xuyên phần mềm quản lý văn bản'],
  'postal-service': ['tỷ lệ hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích còn thấp'],
  'iso': ['không có tài liệu kiểm chứng', 'chưa thực hiện đánh giá nội bộ theo quy định'],
}

export const SOLUTIONS: Readonly<Record<string, string>> = {
  'initiative': 'Tiếp tục vận động, khuyến khích cán bộ, công chức, viên chức nghiên cứu và đăng ký sáng kiến về công tác CCHC',
  'propaganda': 'Ban hành Kế hoạch tuyên truyền CCHC và đa dạng hóa hình thức tuyên truyền trên các phương tiện thông tin đại chúng',
  'online-services': 'Tuyên truyền, hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến mức độ 3, 4 và qua dịch vụ bưu chính công ích',
  'online-level4': 'Rà soát, đề xuất bổ sung danh mục TTHC cung cấp trực tuyến mức độ 4',
  'remediation': 'Theo dõi, đôn đốc việc khắc phục các tồn tại do cấp trên chỉ ra và báo cáo kết quả đúng thời hạn',
  'inspection': 'Ban hành và thực hiện đầy đủ kế hoạch kiểm tra CCHC tại các phòng, đơn vị trực thuộc',
  'job-positions': 'Tham mưu trình UBND tỉnh phê duyệt đề án vị trí việc làm và bố trí công chức theo vị trí việc làm',
  'legal-process': 'Thực hiện đúng quy trình xây dựng, lấy ý kiến và thẩm định dự thảo văn bản QPPL theo Luật Ban hành văn bản QPPL',
  'iso': 'Duy trì, cải tiến và đánh giá nội bộ hệ thống quản lý chất lượng theo đúng quy định',
  'org-structure': 'Xây dựng phương án, lộ trình sắp xếp, kiện toàn tổ chức bộ máy các đơn vị trực thuộc',
  'plan-annual': 'Ban hành Kế hoạch CCHC năm trong tháng 01 và theo dõi tiến độ thực hiện hằng quý',
  'report-periodic': 'Gửi báo cáo CCHC quý, năm đầy đủ nội dung và đúng thời gian quy định',
  'tthc-review': 'Ban hành kế hoạch rà soát, đánh giá TTHC và đề xuất phương án đơn giản hóa TTHC',
  'onestop-survey': 'Tổ chức lấy ý kiến đánh giá của tổ chức, cá nhân và công khai kết quả theo quy định',
  'ontime-rate': 'Theo dõi chặt chẽ thời hạn giải quyết hồ sơ, thực hiện xin lỗi đối với hồ sơ trễ hạn',
  'website': 'Cập nhật thường xuyên thông tin trên Cổng thông tin điện tử theo quy định',
  'discipline': 'Tăng cường kiểm tra công vụ, chấn chỉnh kỷ luật, kỷ cương hành chính',
  'legal-review': 'Ban hành kế hoạch và công bố kết quả rà soát, hệ thống hóa VBQPPL đúng quy định',
  'autonomy-units': 'Rà soát, đánh giá khả năng tự chủ và tình hình thực hiện dự toán của đơn vị sự nghiệp trực thuộc',
}

export const GENERIC_SOLUTIONS: readonly string[] = [
  'Phân công công chức theo dõi, cập nhật và lưu trữ đầy đủ tài liệu kiểm chứng',
  'Tham mưu triển khai và đôn đốc các phòng, đơn vị thực hiện đầy đủ các nội dung theo Kế hoạch CCHC',
  'Rà soát, bổ sung hồ sơ và thực hiện đúng thời gian quy định',
  'Nghiên cứu kỹ hướng dẫn chấm điểm của Bộ tiêu chí, chuẩn bị đầy đủ tài liệu kiểm chứng ngay từ đầu năm',
  'Giao trách nhiệm cụ thể cho từng phòng, đơn vị và định kỳ kiểm tra, đôn đốc việc thực hiện',
  'Tăng cường phối hợp với Sở Nội vụ để được hướng dẫn kịp thời các nội dung còn vướng mắc',
]

export const OWNERS_SO: readonly string[] = ['Văn phòng Sở', 'Thanh tra Sở', 'Phòng Hành chính - Tổng hợp', 'Các phòng chuyên môn', 'Văn phòng - Thanh tra']
export const OWNERS_HUYEN: readonly string[] = ['Phòng Nội vụ', 'Phòng Tư pháp', 'Văn phòng HĐND và UBND huyện', 'Phòng Văn hóa và Thông tin', 'Phòng Tài chính - Kế hoạch']
